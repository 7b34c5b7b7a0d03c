# shape: pkg/__init__.py re-exports USE_THREADS = True; par does from pkg import USE_THREADS
from pkg.par import run_each


def main():
    k = 3
    print(run_each(lambda x, q: q.put(x * k), [1, 2, 3]))


if __name__ == "__main__":
    main()
