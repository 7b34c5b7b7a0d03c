# Tests: like 422 but the alias is a for-loop target: for s in [weights]: ...; s["y"] = 9.
# Observed: WRONGFIX - fork [("x", 1), ("y", 9)], spawn/forkserver [("x", 1)].
import multiprocessing as mp

weights = {"x": 1}

if __name__ == "__main__":

    def work(q, w=weights):
        q.put(sorted(w.items()))

    for s in [weights]:
        pass
    s["y"] = 9
    q = mp.Queue()
    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()
