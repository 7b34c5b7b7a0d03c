import multiprocessing

from jobs import Job


def main():
    threshold = 3
    out = multiprocessing.Queue()

    def count_above(values, sink):
        sink.put(sum(1 for v in values if v > threshold))

    jobs = [Job.launch(count_above, chunk, out) for chunk in ([1, 5, 7], [2, 3, 4, 9])]
    counts = sorted(out.get(timeout=10) for _ in jobs)
    print(counts, [job.wait() for job in jobs])


if __name__ == "__main__":
    main()
