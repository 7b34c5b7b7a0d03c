# fix: the Process's keyword arguments come from a dict bound once, holding the lambda at
# "target".
import multiprocessing as mp


def main():
    q = mp.Queue()
    base = 9
    opts = {"target": lambda out: out.put(base * 9), "args": (q,), "daemon": True}
    p = mp.Process(**opts)
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
