# refuse: `limit` is rebound by a tuple assignment between Process(...) and start(). Forked,
# the child sees 99; a lift binding `limit` where the Process is built sends 10.
import multiprocessing as mp


def load():
    return "prod", 99


def main():
    q = mp.Queue()
    limit = 10
    proc = mp.Process(target=lambda out: out.put(limit * 2), args=(q,))
    env, limit = load()
    proc.start()
    print(env, q.get(timeout=10))
    proc.join()


if __name__ == "__main__":
    main()
