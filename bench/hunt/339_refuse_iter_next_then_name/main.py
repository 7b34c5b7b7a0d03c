# refuse: the worker takes the callable out with iter()/next() and reads its __name__.
import multiprocessing as mp


def run_first(fns, x):
    it = iter(fns)
    fn = next(it)
    print(fn.__name__, fn(x), flush=True)


def main():
    k = 3
    p = mp.Process(target=run_first, args=([lambda x: x + k], 2))
    p.start()
    p.join()


if __name__ == "__main__":
    main()
