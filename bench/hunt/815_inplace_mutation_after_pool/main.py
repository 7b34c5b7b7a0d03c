# SHAPE: guard global set `allowed` is mutated in place (add) after the pool from pkg.pools.open_pool() has forked its workers and before map; under fork workers see the old set (a lift passing allowed at map time changes output -> must refuse)
# OBSERVED: OK - correct
from pkg.pools import open_pool

if __name__ == "__main__":
    allowed = {"a", "b"}

    def check(x):
        return x in allowed

    pool = open_pool()
    allowed.add("c")
    print(pool.map(check, ["a", "c", "z"]))
    pool.close()
    pool.join()
