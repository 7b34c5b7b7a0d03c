# refuse: the child prints fn.__name__ of the table entry ("<lambda>"); lifting the table's
# lambdas gives them names.
import multiprocessing as mp


def run_named(fn, q, x):
    q.put(fn.__name__)
    fn(q, x)


OPS = {
    "inc": lambda q, x: q.put(x + 1),
    "dec": lambda q, x: q.put(x - 1),
}


def main():
    q = mp.Queue()
    for name in ("inc", "dec"):
        p = mp.Process(target=run_named, args=(OPS[name], q, 10))
        p.start()
        print(name, q.get(), q.get())
        p.join()


if __name__ == "__main__":
    main()
