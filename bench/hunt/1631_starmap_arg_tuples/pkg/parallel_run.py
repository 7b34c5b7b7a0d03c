from multiprocessing import Pool

def parallel_run(fn, args_list, n_jobs=2):
    with Pool(n_jobs) as pool:
        return pool.map(fn, args_list)

def parallel_run_args(fn, args_list, n_jobs=2):
    with Pool(n_jobs) as pool:
        return pool.starmap(fn, args_list)
