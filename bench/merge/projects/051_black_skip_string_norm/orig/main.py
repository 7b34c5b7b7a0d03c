"""Project that keeps its single-quoted strings."""

import multiprocessing


def tag_all(names, tag='v1'):
    separator = ':'
    with multiprocessing.Pool(2) as pool:
        return pool.map(lambda n: n + separator + tag, names)


if __name__ == '__main__':
    print(tag_all(['api', 'web']))
