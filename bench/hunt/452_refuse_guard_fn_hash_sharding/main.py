# refuse: WRONGFIX: the guard-defined `shard_of` puts keys into shards with `hash(key) % 2`, and
# the parent checks the shards its workers gave against its own. Forked workers share the hash
# seed (True); after picklefix moves `shard_of` to module level, spawned workers hash str
# differently (False, with PYTHONHASHSEED unset). No lift keeps this; it should be refused.
import multiprocessing as mp

if __name__ == "__main__":
    def shard_of(key):
        return hash(key) % 2

    keys = [f"user{i}" for i in range(12)]
    expected = [shard_of(k) for k in keys]

    with mp.Pool(2) as pool:
        got = pool.map(shard_of, keys)
    print(got == expected)
