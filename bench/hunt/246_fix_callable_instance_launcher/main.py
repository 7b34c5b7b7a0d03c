# fix: `launch` is an instance whose __call__ hands its callable and *args to a Process.
import multiprocessing as mp

from runner import launch


def main():
    q = mp.Queue()
    base = 40
    p = launch(lambda out, x: out.put(base + x), q, 2)
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
