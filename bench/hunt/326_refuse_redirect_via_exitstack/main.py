# refuse: stdout redirected through an ExitStack around the hand-over.
import contextlib
import io
import multiprocessing as mp


def main():
    word = "hi"

    def talk():
        print("child says", word, flush=True)

    buf = io.StringIO()
    with contextlib.ExitStack() as stack:
        stack.enter_context(contextlib.redirect_stdout(buf))
        p = mp.Process(target=talk)
        p.start()
        p.join()
    print("parent done")


if __name__ == "__main__":
    main()
