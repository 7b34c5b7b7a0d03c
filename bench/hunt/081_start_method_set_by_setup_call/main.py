import multiprocessing


def configure():
    multiprocessing.set_start_method("fork", force=True)


def main():
    configure()
    q = multiprocessing.Queue()
    msg = "ready"
    p = multiprocessing.Process(target=lambda: q.put(msg.upper()))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
