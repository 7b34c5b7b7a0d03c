# refuse: the child logs "%s" % fn (address stripped), which shows the lambda's qualified name
# "main.<locals>.<lambda>"; a lift changes it.
import multiprocessing as mp


def logged(fn, q):
    q.put(("%s" % fn).split(" at ")[0])
    fn(q)


def main():
    q = mp.Queue()
    p = mp.Process(target=logged, args=(lambda q: q.put("ran"), q))
    p.start()
    print(q.get(), q.get())
    p.join()


if __name__ == "__main__":
    main()
