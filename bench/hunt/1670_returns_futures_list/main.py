# shape: ctlab/evoguess executor.submit + job_pool-style applyAsync -- helper returning a list of futures from a module-level ProcessPoolExecutor
from pkg.jobs import submit_all, shutdown

if __name__ == "__main__":
    k = 100
    futs = submit_all(lambda a, b: a * b + k, [(1, 2), (3, 4)])
    print([f.result() for f in futs])
    shutdown()
