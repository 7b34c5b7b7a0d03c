# refuse: `work` captures `scaler`, the nested `scale` that make_scaler returns, and `guard`, a
# threading.RLock that make_lock returns; passed explicitly after a lift they must be pickled,
# which fails under spawn (the fork child inherits them).
import multiprocessing as mp
import threading


def make_scaler(k):
    def scale(x):
        return x * k

    return scale


def make_lock():
    return threading.RLock()


def main():
    q = mp.Queue()
    scaler = make_scaler(3)
    guard = make_lock()

    def work(q, x):
        with guard:
            q.put(scaler(x))

    p = mp.Process(target=work, args=(q, 14))
    p.start()
    print(q.get())
    p.join()


if __name__ == "__main__":
    main()
