import multiprocessing


def main():
    multiprocessing.set_start_method("fork", force=True)
    base = 40
    q = multiprocessing.Queue()
    proc = multiprocessing.Process(target=lambda out: out.put(base + 2), args=(q,))
    proc.start()
    print(q.get(timeout=10))
    proc.join()


if __name__ == "__main__":
    main()
