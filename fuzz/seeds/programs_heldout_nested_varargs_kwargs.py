from concurrent.futures import ProcessPoolExecutor


def main():
    sep = "+"

    def join_all(*parts, **opts):
        s = sep.join(str(p) for p in parts)
        return s.upper() if opts.get("upper") else s

    with ProcessPoolExecutor(2) as ex:
        print(ex.submit(join_all, "a", "b", upper=True).result())  # PKL003
        print(ex.submit(join_all, 1, 2, 3).result())  # PKL003


if __name__ == "__main__":
    main()
