from multiprocessing import Pool

CALLS = []


def note(label, value):
    CALLS.append(label)
    return value


def run(values):
    def scale(x, factor=DEFAULT_FACTOR):
        return x * factor

    with Pool(2) as pool:
        first = pool.map(scale, values)  # PKL003
        second = pool.map(lambda x, cap=note("cap", 5): min(x, cap), values)  # PKL002
    return first, second


DEFAULT_FACTOR = 3

if __name__ == "__main__":
    print(run([1, 2, 3]))
    print(CALLS)
