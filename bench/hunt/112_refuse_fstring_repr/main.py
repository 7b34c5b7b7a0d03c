# refuse: the parent prints f"{handler!r}" (address stripped), which shows "<lambda>"; a lift
# would show the new function's name.
import multiprocessing as mp


def main():
    q = mp.Queue()
    handler = lambda q: q.put("ok")
    print(f"{handler!r}".split(" at ")[0])
    p = mp.Process(target=handler, args=(q,))
    p.start()
    print(q.get())
    p.join()


if __name__ == "__main__":
    main()
