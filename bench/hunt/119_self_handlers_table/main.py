import multiprocessing as mp


class Dispatcher:
    def __init__(self, base):
        self.handlers = {
            "up": lambda q, x: q.put(x + base),
            "down": lambda q, x: q.put(x - base),
        }

    def dispatch(self, name, q, x):
        p = mp.Process(target=self.handlers[name], args=(q, x))
        p.start()
        return p


def main():
    d = Dispatcher(10)
    q = mp.Queue()
    for name in ("up", "down"):
        p = d.dispatch(name, q, 5)
        print(name, q.get())
        p.join()


if __name__ == "__main__":
    main()
