import multiprocessing

from procs import start


def main():
    q = multiprocessing.Queue()
    scale = 6

    def work(out, x):
        out.put(x * scale)

    p = start(work, args=(q, 7))
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
