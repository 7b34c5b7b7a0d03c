# refuse: the hand-over is nested in an if inside the redirect's with body (deeper than 3 levels).
import contextlib
import io
import multiprocessing as mp


def main():
    word = "hi"

    def talk():
        print("child says", word, flush=True)

    buf = io.StringIO()
    with open("/dev/null") as _f, contextlib.redirect_stdout(buf):
        if word:
            p = mp.Process(target=talk)
            p.start()
            p.join()
    print("parent done")


if __name__ == "__main__":
    main()
