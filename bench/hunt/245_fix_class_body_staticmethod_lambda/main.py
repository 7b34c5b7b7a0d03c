# fix: a lambda bound in a module-level class body as a staticmethod; its qualified name
# `Tasks.<lambda>` cannot be found by pickle.
import multiprocessing as mp


class Tasks:
    square = staticmethod(lambda out, x: out.put(x * x))


def main():
    q = mp.Queue()
    p = mp.Process(target=Tasks.square, args=(q, 7))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
