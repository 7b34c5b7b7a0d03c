# fix: the nested worker uses `json` and `cut`, imported inside `main`, and the captured
# `width`; a module object cannot be pickled, so a lift must import them where the
# worker runs rather than pass them.
import multiprocessing as mp

from jobs import start


def main():
    import json
    from textwrap import shorten as cut

    width = 24
    q = mp.Queue()

    def work(out, record):
        out.put(cut(json.dumps(record, sort_keys=True), width=width, placeholder="~"))

    p = start(work, q, {"b": 2, "a": "alpha beta gamma"})
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
