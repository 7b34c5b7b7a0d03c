from et.run import run


def main():
    cache = {1: "one", 2: "two"}
    print(run(lambda n: cache.get(n, "?"), [1, 2, 3], kind="thread"))


if __name__ == "__main__":
    main()
