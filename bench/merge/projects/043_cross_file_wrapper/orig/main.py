from utils.parallel import pmap


def main():
    suffix = "!"
    print(pmap(lambda s: s.upper() + suffix, ["a", "b"]))


if __name__ == "__main__":
    main()
