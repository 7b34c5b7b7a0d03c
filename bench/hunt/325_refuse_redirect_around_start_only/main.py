# refuse: the Process is made before the with, started inside redirect_stdout.
import contextlib
import io
import multiprocessing as mp


def main():
    word = "hi"

    def talk():
        print("child says", word, flush=True)

    p = mp.Process(target=talk)
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        p.start()
        p.join()
    print("parent done")


if __name__ == "__main__":
    main()
