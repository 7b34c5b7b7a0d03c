# shape: Injenia/TextExtraction-GooglePartnerSpec lib/parallel_run.py -- parallel_run / parallel_run_args(fn, args_list, n_jobs) (joblib there; Pool.map / Pool.starmap here)
from pkg.parallel_run import parallel_run_args

def main(sep):
    def join(a, b):
        return f"{a}{sep}{b}"
    return parallel_run_args(join, [("x", 1), ("y", 2)])

if __name__ == "__main__":
    print(main("/"))
