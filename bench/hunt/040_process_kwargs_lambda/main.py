from multiprocessing import Queue

from kw.proc import start_process


def main():
    offset = 100
    q = Queue()
    proc = start_process(lambda out, n: out.put(n + offset), out=q, n=5)
    print(q.get(timeout=10))
    proc.join()


if __name__ == "__main__":
    main()
