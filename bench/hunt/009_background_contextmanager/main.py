import multiprocessing

from bg.context import background


def main():
    total = 21
    q = multiprocessing.Queue()
    with background(lambda out: out.put(total * 2), q) as proc:
        value = q.get(timeout=10)
    print(value, proc.exitcode)


if __name__ == "__main__":
    main()
