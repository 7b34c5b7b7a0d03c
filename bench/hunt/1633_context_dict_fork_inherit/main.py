# shape: Subaru-PFS/drp_fstar tools/parallel.py -- the callable is parked in a module global dict and only a job id crosses to the pool (relies on fork inheritance; nothing callable is pickled)
from pkg.parallel import parallel_map

if __name__ == "__main__":
    k = 7
    print(parallel_map(lambda x: x + k, [1, 2], n_procs=1))
