# Tests: module-level weights dict is the default of a guard-defined work(q, w=weights); the guard mutates it
# through an alias made by tuple unpacking (n, s = 0, weights; s["y"] = 9). Moving work above the guard makes the
# default the child's fresh weights.
# Observed: WRONGFIX - fork [("x", 1), ("y", 9)], spawn/forkserver [("x", 1)]. (Plain `s = weights` is refused.)
import multiprocessing as mp

weights = {"x": 1}

if __name__ == "__main__":

    def work(q, w=weights):
        q.put(sorted(w.items()))

    n, s = 0, weights
    s["y"] = 9
    q = mp.Queue()
    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()
