from multiprocessing import Pool


def main():
    greeting = "hi"

    def greet(name, punct="."):
        return f"{greeting} {name}{punct}"

    with Pool(2) as pool:
        a = pool.apply_async(greet, ("ann",), {"punct": "!"})  # PKL003
        b = pool.apply_async(greet, args=("bob",), kwds=dict(punct="?"))  # PKL003
        c = pool.apply(greet, ("cy",))  # PKL003
        print(a.get(5), b.get(5), c)


if __name__ == "__main__":
    main()
