# fix: the redirect holds the hand-over, but the worker writes nothing to stdout (queue only).
import contextlib
import io
import multiprocessing as mp


def main():
    q = mp.Queue()
    base = 4

    def work(out):
        out.put(base * 2)

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        print("noise")
        p = mp.Process(target=work, args=(q,))
        p.start()
    print(q.get(timeout=10), repr(buf.getvalue()))
    p.join()


if __name__ == "__main__":
    main()
