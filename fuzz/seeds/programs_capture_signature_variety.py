from multiprocessing import Pool


def main():
    sep = ":"
    upper = True

    def render(key, value=0, *extra, scale=1, **options):
        text = f"{key}{sep}{value * scale}"
        if extra:
            text += sep + ",".join(map(str, extra))
        if options:
            text += sep + ",".join(f"{k}={v}" for k, v in sorted(options.items()))
        return text.upper() if upper else text

    with Pool(2) as pool:
        a = pool.apply_async(render, ("a", 2, 7, 8), {"scale": 3, "z": 1})  # PKL003
        b = pool.apply_async(render, ("b",))  # PKL003
        print(a.get(timeout=10))
        print(b.get(timeout=10))
        print(pool.map(render, ["c", "d"]))  # PKL003


if __name__ == "__main__":
    main()
