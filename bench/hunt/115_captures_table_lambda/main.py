# refuse: work captures fmt, a lambda read from a table; passed to the worker, it cannot be pickled by name.
import multiprocessing as mp

FORMATTERS = {
    "upper": lambda s: s.upper(),
    "title": lambda s: s.title(),
}


def main():
    q = mp.Queue()
    fmt = FORMATTERS["title"]

    def work(q, text):
        q.put(fmt(text))

    p = mp.Process(target=work, args=(q, "hello world"))
    p.start()
    print(q.get())
    p.join()


if __name__ == "__main__":
    main()
