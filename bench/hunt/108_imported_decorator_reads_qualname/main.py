# start logs the __qualname__ of traced(fn), a functools.wraps wrapper from another module, which a lift changes.
import multiprocessing

from launch import start


def main():
    q = multiprocessing.Queue()
    base = 7

    def work(out):
        out.put(base * 4)

    p = start(work, q)
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
