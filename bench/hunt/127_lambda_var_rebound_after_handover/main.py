import multiprocessing as mp


def main():
    q = mp.Queue()
    unit = "cm"
    fn = lambda q, x: q.put(f"{x}{unit}")  # noqa: E731
    p = mp.Process(target=fn, args=(q, 12))
    p.start()
    print(q.get())
    p.join()
    fn = str.upper
    print(fn(unit))


if __name__ == "__main__":
    main()
