# SHAPE: template method: BaseJobs._make_executor() returns a ThreadPoolExecutor, subclass CpuJobs (other file) overrides it to return a ProcessPoolExecutor; main uses CpuJobs().run_all(guard fn)
# OBSERVED: OK - correct
from pkg.cpu_jobs import CpuJobs

if __name__ == "__main__":
    k = 2

    def minus(x):
        return x - k

    print(CpuJobs().run_all(minus, [5, 6]))
