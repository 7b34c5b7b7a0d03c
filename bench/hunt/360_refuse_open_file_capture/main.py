# refuse: the nested worker reads on from `fh`, a file the parent opened and read the
# header line of; forked, the child has the same file object, buffer and all. A file
# object cannot be pickled, so a lift that passes it to the helper's Process fails under
# spawn.
import multiprocessing as mp
import os
import tempfile

from jobs import start


def main():
    q = mp.Queue()
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "data.csv")
        with open(path, "w") as f:
            f.write("name,qty\npen,3\ncup,5\n")
        with open(path) as fh:
            header = fh.readline().strip().split(",")

            def work(out):
                out.put([dict(zip(header, line.strip().split(","))) for line in fh])

            p = start(work, q)
            print(q.get(timeout=10))
            p.join()


if __name__ == "__main__":
    main()
