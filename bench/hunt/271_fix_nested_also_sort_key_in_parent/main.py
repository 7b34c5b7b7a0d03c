# fix: the nested `rank` is the Process target's helper and also a sort key in the parent.
import multiprocessing as mp


def main():
    q = mp.Queue()
    weights = {"a": 3, "b": 1, "c": 2}

    def rank(name):
        return weights.get(name, 0)

    def work(out, names):
        out.put([rank(n) for n in names])

    names = sorted(weights, key=rank)
    p = mp.Process(target=work, args=(q, names))
    p.start()
    print(names, q.get(timeout=10), max(names, key=rank))
    p.join()


if __name__ == "__main__":
    main()
