# refuse: `g = globals(); g["mode"] = "fast"` rebinds the guard global between Process() and start().
import multiprocessing as mp


def work(out):
    out.put(mode)


if __name__ == "__main__":
    mode = "slow"
    q = mp.Queue()
    job = lambda out: work(out)
    p = mp.Process(target=job, args=(q,))
    g = globals()
    g["mode"] = "fast"
    p.start()
    print(q.get(timeout=10))
    p.join()
