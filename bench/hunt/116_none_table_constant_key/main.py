import multiprocessing as mp

DEFAULT_OP = "square"


def square(q, x):
    q.put(x * x)


OPS = {"square": square, "debug": lambda q, x: q.put(repr(x))}


def main():
    q = mp.Queue()
    p = mp.Process(target=OPS[DEFAULT_OP], args=(q, 4))
    p.start()
    print(q.get())
    p.join()


if __name__ == "__main__":
    main()
