# shape: settings USE_THREADS = True but main.py sets pkg.settings.USE_THREADS = False before importing par
import pkg.settings

pkg.settings.USE_THREADS = False

from pkg.par import run_each  # noqa: E402


def main():
    k = 3
    print(run_each(lambda x, q: q.put(x * k), [1, 2, 3]))


if __name__ == "__main__":
    main()
