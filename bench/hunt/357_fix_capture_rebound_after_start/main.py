# fix: the parent rebinds `limit` after the helper of another module has started the
# process. Forked, the child kept the value it had at start (3); a lift passes `limit`
# when the helper is called, the same value, so the output does not change.
import multiprocessing as mp

from jobs import start


def main():
    q = mp.Queue()
    limit = 3

    def work(out, xs):
        out.put([min(x, limit) for x in xs])

    p = start(work, q, [1, 5, 9])
    limit = 0
    print(q.get(timeout=10), limit)
    p.join()


if __name__ == "__main__":
    main()
