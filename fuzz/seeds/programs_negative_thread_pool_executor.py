from concurrent.futures import ThreadPoolExecutor


def main():
    factor = 3

    def scale(x):
        return x * factor

    with ThreadPoolExecutor(max_workers=2) as executor:
        print(list(executor.map(lambda x: x + 1, [1, 2])))
        print(list(executor.map(scale, [1, 2])))
        print(executor.submit(lambda: "thread").result())


if __name__ == "__main__":
    main()
