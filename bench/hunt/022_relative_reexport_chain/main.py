from lib.utils import apply_all

if __name__ == "__main__":

    def halve(v):
        return v / 2

    print(apply_all(halve, range(5)))
