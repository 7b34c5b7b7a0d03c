# refuse: WRONGFIX: `op` is `double` or `triple`, module-level functions decorated by `timed`,
# whose wrapper has no functools.wraps (qualname `timed.<locals>.wrapper`). picklefix lifts
# `work` and passes `op`; pickling a local function fails under spawn and forkserver.
import multiprocessing as mp
import time


def timed(fn):
    def wrapper(*args):
        return fn(*args)
    return wrapper


@timed
def double(x):
    return 2 * x


@timed
def triple(x):
    return 3 * x


def main(fast):
    q = mp.Queue()
    op = double if fast else triple

    def work(out, x):
        out.put(op(x))

    p = mp.Process(target=work, args=(q, 7))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main(True)
