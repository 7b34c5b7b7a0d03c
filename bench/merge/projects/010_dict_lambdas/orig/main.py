"""Apply a table of numeric transforms in a process pool."""

import concurrent.futures as cf

if __name__ == '__main__':
    exponent = 3
    transforms = {
        'double': lambda x: x * 2,
        'cube': lambda x: x**exponent,
        'negate': lambda x: -x,
    }
    with cf.ProcessPoolExecutor(max_workers=2) as pool:
        for name, fn in transforms.items():
            print(name, list(pool.map(fn, [1, 2, 3])))
