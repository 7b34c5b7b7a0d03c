# shape: par: from .settings import LEGACY_THREADS as USE_THREADS (settings has USE_THREADS = True, LEGACY_THREADS = False)
from pkg.par import run_each


def main():
    k = 3
    print(run_each(lambda x, q: q.put(x * k), [1, 2, 3]))


if __name__ == "__main__":
    main()
