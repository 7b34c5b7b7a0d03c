# fix: a module-level function whose default argument is a lambda it hands to a Process.
import multiprocessing as mp


def launch(q, fn=lambda out: out.put("default job")):
    p = mp.Process(target=fn, args=(q,))
    p.start()
    return p


def main():
    q = mp.Queue()
    p = launch(q)
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
