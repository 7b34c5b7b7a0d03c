from calc import pmap


def table(bases):
    rows = {}
    for base in bases:
        rows[base] = pmap(lambda x, b=base, sep="^": f"{b}{sep}{x}={b**x}", [1, 2, 3])
    return rows


if __name__ == "__main__":
    for base, row in sorted(table([2, 3]).items()):
        print(base, row)
