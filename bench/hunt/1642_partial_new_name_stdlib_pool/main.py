# shape: uw-cmg/MAST-ML mastml/functions.py with a stdlib Pool -- part_func = partial(func, *args, **kwargs) under a new name, then pool.imap(part_func, x)
from pkg.functions import parallel

def main():
    k = 3
    return parallel(lambda a, x: a + x * k, [1, 2, 3], 100)

if __name__ == "__main__":
    print(main())
