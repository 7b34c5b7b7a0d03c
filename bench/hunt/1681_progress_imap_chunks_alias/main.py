# shape: utils/parallel.progress_map (imap with chunksize, progress on stderr) imported `as pmap`; guard fn reads a guard dict
from pkg.utils.parallel import progress_map as pmap

if __name__ == "__main__":
    table = {"a": 1, "b": 2, "c": 3, "d": 4}

    def lookup(k):
        return table[k] * 10

    print(pmap(lookup, list("abcd"), chunksize=2, desc="lookup"))
