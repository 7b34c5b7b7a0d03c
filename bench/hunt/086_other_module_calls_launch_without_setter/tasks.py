import multiprocessing as mp


def configure():
    mp.set_start_method("fork", force=True)


def launch(n):
    q = mp.Queue()
    p = mp.Process(target=lambda: q.put(n * n))
    p.start()
    v = q.get(timeout=10)
    p.join()
    return v


if __name__ == "__main__":
    configure()
    print(launch(7))
