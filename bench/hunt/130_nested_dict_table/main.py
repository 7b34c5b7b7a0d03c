import multiprocessing as mp

ROUTES = {
    "math": {
        "add": lambda q, a, b: q.put(a + b),
        "mul": lambda q, a, b: q.put(a * b),
    },
}


def main():
    q = mp.Queue()
    for op in ("add", "mul"):
        p = mp.Process(target=ROUTES["math"][op], args=(q, 3, 4))
        p.start()
        print(op, q.get())
        p.join()


if __name__ == "__main__":
    main()
