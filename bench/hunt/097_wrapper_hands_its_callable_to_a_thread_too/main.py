import multiprocessing
import threading


def launch(fn, *args):
    local = multiprocessing.Queue()
    t = threading.Thread(target=fn, args=(local,))
    t.start()
    t.join()
    print("thread", local.get(timeout=10))
    p = multiprocessing.Process(target=fn, args=args)
    p.start()
    return p


def main():
    q = multiprocessing.Queue()
    base = 4

    def work(out):
        out.put(base * 6)

    p = launch(work, q)
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
