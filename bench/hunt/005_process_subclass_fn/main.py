import multiprocessing

from procs.fnproc import FunctionProcess


def main():
    words = ["alpha", "beta", "gamma"]
    results = multiprocessing.Queue()
    procs = [
        FunctionProcess(lambda: sum(len(w) for w in words), results, tag="total"),
        FunctionProcess(lambda: max(words, key=len), results, tag="longest"),
    ]
    for proc in procs:
        proc.start()
    out = dict(results.get(timeout=10) for _ in procs)
    for proc in procs:
        proc.join()
    print(sorted(out.items()))


if __name__ == "__main__":
    main()
