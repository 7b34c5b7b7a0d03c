# refuse: WRONGFIX: the worker captures `base = hashlib.sha256(b"salt:")` and copies it per
# item; hash objects cannot be pickled, so the lifted version fails at `p.start()` (cannot
# pickle '_hashlib.HASH' object).
import hashlib
import multiprocessing as mp


def main():
    q = mp.Queue()
    base = hashlib.sha256(b"salt:")

    def work(out, item):
        h = base.copy()
        h.update(item.encode())
        out.put(h.hexdigest()[:12])

    p = mp.Process(target=work, args=(q, "job"))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
