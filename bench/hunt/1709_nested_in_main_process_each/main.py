# shape: run_each(work, xs) starts a Process per x; work nested in main() captures a local
from pkg.each import run_each


def main():
    offset = 40

    def work(q, x):
        q.put(x + offset)

    print(run_each(work, [1, 2]))


if __name__ == "__main__":
    main()
