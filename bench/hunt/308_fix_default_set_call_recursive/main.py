# fix: a set() default the function adds to; the recursion shares it (the commit names `seen=set()`).
import multiprocessing as mp


def main():
    q = mp.Queue()

    def walk(n, out, seen=set()):
        seen.add(n)
        if n > 0:
            walk(n - 1, None)
        if out is not None:
            out.put(sorted(seen))

    p = mp.Process(target=walk, args=(3, q))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
