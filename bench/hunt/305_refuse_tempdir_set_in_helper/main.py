# refuse: the tempdir store is in a helper the parent calls; worker uses tempfile.gettempdir().
import multiprocessing as mp
import tempfile


def configure():
    tempfile.tempdir = "/tmp/pf-scratch-xyz"


def main():
    q = mp.Queue()
    configure()
    tag = "dir"

    def work(out):
        out.put((tag, tempfile.gettempdir()))

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
