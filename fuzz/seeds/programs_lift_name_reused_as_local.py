from concurrent.futures import ProcessPoolExecutor


def main(numbers):
    base = 100

    def job(n):
        return n + base

    with ProcessPoolExecutor(2) as ex:
        pending = [ex.submit(job, n) for n in numbers]  # PKL003
        first = job(0)
        for job in pending:
            print(job.result())
    print(first)


if __name__ == "__main__":
    main([1, 2, 3])
