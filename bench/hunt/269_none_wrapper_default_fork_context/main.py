# none: `start` (bg/proc.py) builds its Process from a fork context given as its parameter's
# default, so the nested target is inherited without pickling.
from bg.proc import start


def main():
    import multiprocessing

    q = multiprocessing.get_context("fork").Queue()
    tag = "bg"

    def work(out):
        out.put(tag * 2)

    p = start(work, q)
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
