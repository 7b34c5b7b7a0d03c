import multiprocessing

from tables import STEPS


def run(fn, x):
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=fn, args=(q, x))
    p.start()
    v = q.get(timeout=10)
    p.join()
    return v


STEPS += [lambda out, x: out.put(x * 1000)]


def main():
    print(run(STEPS[-1], 2), run(STEPS[0], 2))


if __name__ == "__main__":
    main()
