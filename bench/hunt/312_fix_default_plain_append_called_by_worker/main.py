# fix (control): seen.append changes count's default; the worker calls count three times.
import multiprocessing as mp


def main():
    q = mp.Queue()

    def count(x, seen=[]):
        seen.append(x)
        return len(seen)

    def run(out):
        out.put([count(x) for x in (5, 6, 7)])

    p = mp.Process(target=run, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
