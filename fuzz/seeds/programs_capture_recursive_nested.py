from concurrent.futures import ProcessPoolExecutor


def main():
    step = 1

    def fact(n):
        return 1 if n <= 1 else n * fact(n - step)

    with ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(fact, [3, 5])))  # PKL003
    print(fact(4))


if __name__ == "__main__":
    main()
