from multiprocessing import Queue

from fc.format import make_formatter
from fc.proc import run_in_process


def main():
    q = Queue()
    code = run_in_process(make_formatter(">", 4), q, 7)
    print(repr(q.get(timeout=10)), code)


if __name__ == "__main__":
    main()
