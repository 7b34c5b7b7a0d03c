from concurrent.futures import ProcessPoolExecutor


def main():
    pad = "*"

    def wrap(text, *, width=6, upper=False):
        t = text.upper() if upper else text
        return t.center(width, pad)

    with ProcessPoolExecutor(2) as ex:
        print(ex.submit(wrap, "ab", upper=True).result())  # PKL003
        print(list(ex.map(wrap, ["x", "yz"])))  # PKL003


if __name__ == "__main__":
    main()
