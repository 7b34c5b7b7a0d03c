# fix: a nested recursive function capturing `base`; the lifted function must pass `base`
# on in its own recursive call.
import multiprocessing as mp


def main():
    q = mp.Queue()
    base = 3

    def tri(n):
        if n <= 0:
            return base
        return n + tri(n - 1)

    p = mp.Process(target=lambda out: out.put([tri(i) for i in range(5)]), args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()

    def walk(out, depth):
        out.put((depth, tri(depth)))
        if depth > 0:
            walk(out, depth - 1)

    p = mp.Process(target=walk, args=(q, 2))
    p.start()
    print(sorted(q.get(timeout=10) for _ in range(3)))
    p.join()


if __name__ == "__main__":
    main()
