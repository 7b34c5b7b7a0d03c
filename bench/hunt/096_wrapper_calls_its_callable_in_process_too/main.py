import multiprocessing


def launch(fn, *args):
    local = multiprocessing.Queue()
    fn(local)
    print("local", local.get(timeout=10))
    p = multiprocessing.Process(target=fn, args=args)
    p.start()
    return p


def main():
    q = multiprocessing.Queue()
    base = 3

    def work(out):
        out.put(base * 17)

    p = launch(work, q)
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
