import multiprocessing as mp


def configure():
    mp.set_start_method("fork", force=True)
    yield "fork"


def main():
    configure()
    q = mp.Queue()
    base = 17
    p = mp.Process(target=lambda: q.put(base + 3))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
