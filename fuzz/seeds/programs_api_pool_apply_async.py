from multiprocessing import Pool


def with_lambda():
    with Pool(2) as pool:
        result = pool.apply_async(lambda a, b: a * b, (6, 7))  # PKL002
        return result.get(timeout=10)


def with_nested():
    def describe(word, times=1):
        return word * times

    with Pool(2) as pool:
        result = pool.apply_async(describe, ("ab",), {"times": 3})  # PKL003
        return result.get(timeout=10)


if __name__ == "__main__":

    def negate(x):
        return -x

    print(with_lambda())
    print(with_nested())
    with Pool(2) as pool:
        pending = [pool.apply_async(negate, (n,)) for n in range(4)]  # PKL001
        print([r.get(timeout=10) for r in pending])
