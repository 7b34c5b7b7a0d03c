# none: `Process` here is threading.Thread and `Pool` is multiprocessing.dummy's thread pool,
# imported under process-like names; nothing is pickled.
from multiprocessing.dummy import Pool
from queue import Queue
from threading import Thread as Process


def main():
    q = Queue()
    k = 3
    p = Process(target=lambda: q.put(k * 2))
    p.start()
    p.join()
    print(q.get())

    def inc(x):
        return x + k

    with Pool(2) as pool:
        print(pool.map(inc, [1, 2]))


if __name__ == "__main__":
    main()
