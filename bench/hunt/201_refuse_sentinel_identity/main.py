# refuse: `default` is the module-level sentinel MISSING. Forked, the child compares the very
# same object and prints "use fallback"; lifted, `default` travels pickled in Process(args=...)
# and arrives as a new object(), so `default is MISSING` is False and it prints "use <object>".
import multiprocessing as mp

MISSING = object()


def main():
    q = mp.Queue()
    default = MISSING

    def work(out):
        if default is MISSING:
            out.put("use fallback")
        else:
            out.put("use " + type(default).__name__)

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
