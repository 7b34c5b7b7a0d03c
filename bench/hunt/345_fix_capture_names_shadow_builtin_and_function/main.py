# fix: the nested worker's captures are named `max` (a builtin) and `label` (a function
# of this module, which `tagged` still calls), and its `sep` defaults to the local
# `joiner`; a lift must keep the caller's values and leave the module's `label` alone.
import multiprocessing as mp

from jobs import start


def label(x):
    return f"<{x}>"


def tagged(xs):
    return [label(x) for x in xs]


def main():
    max = 3
    label = "v"
    joiner = "|"
    q = mp.Queue()

    def work(out, xs, sep=joiner):
        out.put(sep.join(f"{label}{min(x, max)}" for x in xs))

    p = start(work, q, [1, 5, 2])
    print(q.get(timeout=10), tagged([max, label]))
    p.join()


if __name__ == "__main__":
    main()
