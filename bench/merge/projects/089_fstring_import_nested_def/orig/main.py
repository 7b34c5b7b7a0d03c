"""Nested def whose only use of an imported module is inside an f-string."""

import os.path
from multiprocessing import Process


def main(root):
    def show(name):
        print(f"{os.path.join(root, name)}", flush=True)

    p = Process(target=show, args=("file.txt",))
    p.start()
    p.join()


if __name__ == "__main__":
    main("/srv")
