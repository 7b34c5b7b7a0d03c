# SHAPE: pool from context manager pkg.pools.worker_pool() forks before guard global `limit` is reassigned; fn reads `limit` (fork: value at pool creation; a lift binding at map time changes output -> must refuse)
# OBSERVED: OK - correct
from pkg.pools import worker_pool

if __name__ == "__main__":
    limit = 10

    def clip(x):
        return min(x, limit)

    with worker_pool() as pool:
        limit = 3
        print(sorted(pool.map(clip, [1, 5, 12])))
