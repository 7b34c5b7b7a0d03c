from runner.jobs import run_jobs


def main():
    bias = 7

    def job(n):
        return n**2 + bias

    print(run_jobs(job, range(3)))


if __name__ == "__main__":
    main()
