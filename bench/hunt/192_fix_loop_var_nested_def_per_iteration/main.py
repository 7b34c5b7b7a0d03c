# fix: a nested function defined in a loop body captures the loop variable and a value
# from a comprehension; each is started through a wrapper in the same iteration.
import multiprocessing as mp

import jobs


def main():
    q = mp.Queue()
    workers = []
    for name in ["ann", "bob", "cy"]:
        codes = [ord(ch) for ch in name]

        def work(out):
            out.put((name.upper(), sum(codes)))

        workers.append(jobs.start(work, q))
    print(sorted(q.get(timeout=10) for _ in workers))
    for w in workers:
        w.join()


if __name__ == "__main__":
    main()
