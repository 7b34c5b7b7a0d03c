# refuse: main prints repr(work) (without the address), which contains the qualified name
# "main.<locals>.work"; a lift changes it.
import multiprocessing as mp


def main():
    q = mp.Queue()
    n = 11

    def work(q):
        q.put(n)

    print(repr(work).split(" at ")[0])
    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get())
    p.join()


if __name__ == "__main__":
    main()
