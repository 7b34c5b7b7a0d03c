# MISS: nested walrus `target=(g := (f := lambda out: ...))` (change 5): no finding; under
# spawn the start fails to pickle the lambda.
import multiprocessing as mp


def main():
    k = 3
    q = mp.Queue()
    p = mp.Process(target=(g := (f := lambda out: out.put(k * 2))), args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()
    print(f is g)


if __name__ == "__main__":
    main()
