import multiprocessing

from handlers import HANDLERS


def start(name, x):
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=HANDLERS[name], args=(q, x))
    p.start()
    v = q.get(timeout=10)
    p.join()
    return v


if __name__ == "__main__":
    print(start("square", 3), start("cube", 2), start("neg", 5), start("plain", 1))
