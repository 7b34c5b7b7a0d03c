# picklefix-test: refused
import multiprocessing
import threading
from multiprocessing import Pool, Process


def serve(host):
    print("serving", host)


def guarded(x, lock):
    with lock:
        return x


def main():
    host = "a"
    p = Process(target=lambda: serve(host))  # PKL002
    host = "b"
    p.start()
    p.join()
    lock = threading.Lock()
    queue = multiprocessing.Queue()
    with Pool(1) as pool:
        print(pool.map(lambda x: guarded(x, lock=lock), [1]))  # PKL002
        print(pool.apply(lambda: guarded(1, queue)))  # PKL002


if __name__ == "__main__":
    main()
