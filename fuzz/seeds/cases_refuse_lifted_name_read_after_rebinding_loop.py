# picklefix-test: refused
from concurrent.futures import ProcessPoolExecutor


def main(numbers):
    def job(n):
        return n * 2

    with ProcessPoolExecutor(2) as ex:
        pending = [ex.submit(job, n) for n in numbers]  # PKL003
        for job in pending:
            print(job.result())
    # An empty `numbers` leaves `job` the function here: either binding may reach this read.
    print(job)


def rebound_in_loop(numbers):
    def job(n):
        return n * 2

    with ProcessPoolExecutor(2) as ex:
        for n in numbers:
            print(ex.submit(job, n).result())  # PKL003
            job = abs


if __name__ == "__main__":
    main([1, 2])
