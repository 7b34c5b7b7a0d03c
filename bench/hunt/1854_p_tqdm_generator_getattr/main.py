# shape: p_tqdm-style p_map/p_umap call a generator _parallel(ordered, function, iterable, **kwargs) that picks getattr(pool, "imap" or "imap_unordered") -- the callable is the second parameter; guard def
from pkg.p_tqdm import p_map, p_umap

if __name__ == "__main__":
    offset = 10

    def work(x):
        return x * x + offset

    print(p_map(work, range(4), num_cpus=2))
    print(sorted(p_umap(work, range(4))))
