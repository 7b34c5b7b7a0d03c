# picklefix-test: refused
from multiprocessing import Pool

def main():
    x = 100
    def helper():
        return x
    def work(x):
        return x + helper()
    with Pool(2) as p:
        print(p.map(work, [1, 2]))  # PKL003

if __name__ == "__main__":
    main()
