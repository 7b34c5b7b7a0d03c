# refuse: the worker prints while the parent has redirected sys.stdout to a StringIO. Forked,
# the child prints into its copy of that buffer, so nothing from it appears; a spawned child
# prints to the real stdout.
import contextlib
import io
import multiprocessing as mp
import sys


def main():
    name = "quiet"

    def work():
        print("hello from", name)
        sys.stdout.flush()

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        p = mp.Process(target=work)
        p.start()
        p.join()
    print("parent captured:", repr(buf.getvalue()), p.exitcode)


if __name__ == "__main__":
    main()
