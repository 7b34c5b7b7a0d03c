import multiprocessing as mp


def parse(text):
    return int(text)


def main():
    q = mp.Queue()
    try:
        parse("x1")
    except ValueError as err:
        def report(q):
            q.put(f"child saw: {err}")

        p = mp.Process(target=report, args=(q,))
        p.start()
        print(q.get())
        p.join()


if __name__ == "__main__":
    main()
