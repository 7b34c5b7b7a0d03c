# refuse: the nested function captures `n`; a lift hands a fresh functools.partial at each
# use, so `target is work` (True now) would become False.
import multiprocessing as mp


def main():
    q = mp.Queue()
    n = 5

    def work(q):
        q.put(n * 2)

    target = work
    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get())
    p.join()
    print("same:", target is work)


if __name__ == "__main__":
    main()
