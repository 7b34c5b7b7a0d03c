from multiprocessing import Pool


def render(xs, verbose):
    if verbose:
        prefix = "> "
    else:
        prefix = ""
    try:
        suffix = "!"
    except ValueError:
        return []
    if not xs:
        return []
    elif len(xs) > 10:
        raise ValueError("too many")
    else:
        count = len(xs)
    with Pool(2) as pool:
        return pool.map(lambda x: f"{prefix}{x}{suffix}/{count}", xs)  # PKL002


def attempts(xs):
    tries = 0
    while True:
        tries += 1
        size = len(xs) * tries
        if size > 2:
            break
    with Pool(2) as pool:
        return pool.map(lambda x: x * size, xs)  # PKL002


if __name__ == "__main__":
    print(render(["a", "b"], True))
    print(render(["c"], False))
    print(attempts([1, 2]))
