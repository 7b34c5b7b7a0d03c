# SHAPE: NEGATIVE - template method: BaseJobs._make_executor() returns a ProcessPoolExecutor, subclass IOJobs (other file) overrides it to return a ThreadPoolExecutor; main uses IOJobs().run_all(lambda)
# OBSERVED: OK - correct
from pkg.io_jobs import IOJobs


def main():
    k = 2
    print(IOJobs().run_all(lambda x: x - k, [5, 6]))


if __name__ == "__main__":
    main()
