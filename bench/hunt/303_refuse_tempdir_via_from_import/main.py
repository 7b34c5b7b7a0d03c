# refuse: parent stores tempfile.tempdir; worker calls gettempdir imported by name.
import multiprocessing as mp
import tempfile
from tempfile import gettempdir


def main():
    q = mp.Queue()
    tempfile.tempdir = "/tmp/pf-scratch-xyz"
    tag = "dir"

    def work(out):
        out.put((tag, gettempdir()))

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
