# refuse: `late` is first assigned after the Process is built and before start(). Forked, the
# child reads it at start and prints 42; a lift binding it where the Process is built reads an
# unbound local (UnboundLocalError).
import multiprocessing as mp


def main():
    q = mp.Queue()

    def work(out):
        out.put(late * 2)

    p = mp.Process(target=work, args=(q,))
    late = 21
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
