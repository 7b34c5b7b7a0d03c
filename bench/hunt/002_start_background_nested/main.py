import multiprocessing

from workers.procs import start_background


def main():
    factor = 3
    results = multiprocessing.Queue()

    def report(queue, n):
        queue.put((n, n * factor))

    procs = [start_background(report, results, i, name=f"report-{i}") for i in range(4)]
    out = sorted(results.get(timeout=10) for _ in procs)
    for proc in procs:
        proc.join()
    print(out)


if __name__ == "__main__":
    main()
