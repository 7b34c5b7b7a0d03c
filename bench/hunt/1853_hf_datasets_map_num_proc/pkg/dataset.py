from multiprocessing import Pool


def _map_single(shard, kwds):
    function = kwds["function"]
    if kwds["batched"]:
        return function(shard)
    return [function(ex) for ex in shard]


class Dataset:
    def __init__(self, rows):
        self.rows = list(rows)

    def shard(self, num_shards, index):
        size = (len(self.rows) + num_shards - 1) // num_shards
        return self.rows[index * size:(index + 1) * size]

    def map(self, function, batched=False, num_proc=None):
        kwds = {"function": function, "batched": batched}
        if num_proc is None or num_proc <= 1:
            return Dataset(_map_single(self.rows, kwds))
        shards = [self.shard(num_proc, i) for i in range(num_proc)]
        with Pool(num_proc) as pool:
            parts = pool.starmap(_map_single, [(s, kwds) for s in shards])
        return Dataset([r for part in parts for r in part])
