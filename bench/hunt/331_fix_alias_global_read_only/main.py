# fix: `opts = DEFAULTS` aliases a global dict, but nothing writes either name; the copy is fine.
import multiprocessing as mp

DEFAULTS = {"scale": 3}


def scaled(x):
    return x * DEFAULTS["scale"]


def main():
    q = mp.Queue()
    opts = DEFAULTS

    def work(out):
        out.put([scaled(x) + opts["scale"] for x in (1, 2)])

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
