# Tests: guard-LOCAL weights dict is the default of guard-defined work(q, w=weights), mutated via s = weights.
# The fix would pass kwargs={"w": weights} at the start, the same (mutated) object, so it would be right
# (the tuple-unpacking twin of this program is fixed and matches fork).
# Observed: FALSE-REFUSAL - "the default value of w reads weights, which is given another name".
import multiprocessing as mp

if __name__ == "__main__":
    weights = {"x": 1}

    def work(q, w=weights):
        q.put(sorted(w.items()))

    s = weights
    s["y"] = 9
    q = mp.Queue()
    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()
