import multiprocessing

import tracing


def main():
    q = multiprocessing.Queue()
    base = 2

    def work(out):
        out.put(base * 50)

    p = tracing.launch(work, q)
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
