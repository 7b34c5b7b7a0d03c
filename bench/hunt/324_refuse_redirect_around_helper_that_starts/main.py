# refuse: redirect_stdout wraps a call of a helper that makes and starts the process.
import contextlib
import io
import multiprocessing as mp


def launch(word):
    def talk():
        print("child says", word, flush=True)

    p = mp.Process(target=talk)
    p.start()
    p.join()


def main():
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        launch("hi")
    print("parent done")


if __name__ == "__main__":
    main()
