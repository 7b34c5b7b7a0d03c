# refuse: `inc, tag = Factory.make_pair()` with a staticmethod returning (lambda, str).
import multiprocessing as mp


class Factory:
    @staticmethod
    def make_pair():
        return (lambda v: v + 1), "t"


def main():
    q = mp.Queue()
    inc, tag = Factory.make_pair()

    def work(out):
        out.put((tag, inc(41)))

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
