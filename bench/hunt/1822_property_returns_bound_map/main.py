# shape: Cluster.map is a @property creating a Pool lazily and returning its bound .map; main calls cluster.map(guard_fn, words)
from pkg.cluster import Cluster

if __name__ == "__main__":
    factor = 4

    def score(word):
        return len(word) * factor

    cluster = Cluster(2)
    print(cluster.map(score, ["a", "bb", "ccc"]))
    cluster.close()
