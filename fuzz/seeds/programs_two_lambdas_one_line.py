from concurrent.futures import ProcessPoolExecutor


def main():
    with ProcessPoolExecutor(max_workers=2) as ex:
        a, b = ex.submit(lambda: "a"), ex.submit(lambda: "b")  # PKL002 PKL002
        print(a.result(), b.result())


if __name__ == "__main__":
    main()
