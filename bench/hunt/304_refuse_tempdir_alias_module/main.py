# refuse: parent stores tempdir through `import tempfile as tf`; worker reads tf.gettempdir().
import multiprocessing as mp
import tempfile as tf


def main():
    q = mp.Queue()
    tf.tempdir = "/tmp/pf-scratch-xyz"
    tag = "dir"

    def work(out):
        out.put((tag, tf.gettempdir()))

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
