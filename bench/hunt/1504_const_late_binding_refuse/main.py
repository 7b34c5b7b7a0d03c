# shape: process flag from settings; lambda captures k reassigned after it is created (partial would bind early)
from pkg.par import run_each


def main():
    k = 1
    task = lambda x, q: q.put(x * k)  # noqa: E731
    k = 3
    print(run_each(task, [1, 2, 3]))


if __name__ == "__main__":
    main()
