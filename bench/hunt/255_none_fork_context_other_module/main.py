# none: CTX, from another module, is the fork context; its Process inherits the nested
# target without pickling it, whatever the default start method is.
from rt.ctx import CTX


def main():
    q = CTX.Queue()
    k = 6

    def work(out):
        out.put(k * 7)

    p = CTX.Process(target=work, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
