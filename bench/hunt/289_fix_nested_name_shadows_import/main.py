# fix: main.py imports `work` from tasks.py and uses it in `report`; `main` has a nested `work`
# handed to a Process. Lifted under the name `work`, it would replace the import.
import multiprocessing as mp

from tasks import work


def report(xs):
    return [work(x) for x in xs]


def main():
    q = mp.Queue()
    k = 2

    def work(out):
        out.put(k * 21)

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get(timeout=10), report([1, 2]))
    p.join()


if __name__ == "__main__":
    main()
