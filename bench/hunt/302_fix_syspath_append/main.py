# fix: parent appends to sys.path (spawn sends sys.path to the child); worker reads sys.maxsize.
import multiprocessing as mp
import sys


def main():
    q = mp.Queue()
    sys.path.append("/tmp/pf-nowhere")
    scale = 3

    def work(out):
        out.put((scale * 2, sys.maxsize > 0))

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
