# refuse: the parent points tempfile at its own scratch directory; a forked child
# inherits tempfile.tempdir (True), a spawned child recomputes the default (False).
import multiprocessing
import shutil
import tempfile


def main():
    scratch = tempfile.mkdtemp(prefix="scratch-")
    tempfile.tempdir = scratch

    def where(q):
        q.put(tempfile.gettempdir() == scratch)

    queue = multiprocessing.Queue()
    proc = multiprocessing.Process(target=where, args=(queue,))
    proc.start()
    print("uses scratch:", queue.get())
    proc.join()
    shutil.rmtree(scratch)


if __name__ == "__main__":
    main()
