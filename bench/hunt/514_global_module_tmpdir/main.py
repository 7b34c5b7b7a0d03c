# WRONGFIX: module global OUT = tempfile.mkdtemp() (import-time side effect) used by the lifted worker to write a result.
# Fork: parent finds ['result.txt']; spawn/forkserver: child makes its own temp dir, parent sees [] (result lost, stray dir left).
import os, tempfile, shutil
from multiprocessing import Process

OUT = tempfile.mkdtemp(prefix="pf061_")

def main():
    name = "result.txt"
    def work():
        with open(os.path.join(OUT, name), "w") as f:
            f.write("done")
    p = Process(target=work)
    p.start(); p.join()
    print("files in OUT:", os.listdir(OUT))
    shutil.rmtree(OUT)

if __name__ == "__main__":
    main()
