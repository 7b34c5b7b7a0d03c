import multiprocessing

from tools import launch


def main():
    q = multiprocessing.Queue()
    base = 6

    def work(out):
        out.put(base * 6)

    p = launch(work, q)
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
