from multiprocessing import Process


def main(jobs):
    prefix = "job"

    def work(n):
        print(prefix, n, "of", jobs)

    for i in range(jobs):
        p = Process(target=work, args=(i,))  # PKL003
        p.start()
        p.join()


if __name__ == "__main__":
    main(3)
