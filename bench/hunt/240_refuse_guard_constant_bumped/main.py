# refuse: the module-level `clip` reads LIMIT, which only the guard assigns: 3, then 4. Forked,
# workers see 4 ([1, 4, 4]); moving `LIMIT = 3` above the guard would give spawned workers 3
# ([1, 3, 3]).
from multiprocessing import Pool


def clip(x):
    return min(x, LIMIT)


if __name__ == "__main__":
    LIMIT = 3
    LIMIT += 1
    with Pool(2) as pool:
        print(pool.map(clip, [1, 5, 9]))
