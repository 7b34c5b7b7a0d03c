# SHAPE: NEGATIVE - wrapper run_jobs(work, xs, on_result) sends module-level `work` to ProcessPoolExecutor.submit but on_result only goes to add_done_callback (runs in parent); lambda passed as on_result
# OBSERVED: OK - correct
from pkg.jobs import run_jobs


def work(x):
    return x * x


def main():
    results = []
    run_jobs(work, [1, 2, 3], on_result=lambda r: results.append(r))
    print(sorted(results))


if __name__ == "__main__":
    main()
