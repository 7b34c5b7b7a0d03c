# shape: HF-datasets-style Dataset.map(function, num_proc=2) packs function into a kwds dict and starmaps _map_single over [(shard, kwds)] on a Pool -- lambda
from pkg.dataset import Dataset

if __name__ == "__main__":
    pad = 100
    ds = Dataset([{"text": "a"}, {"text": "bb"}, {"text": "ccc"}])
    out = ds.map(lambda ex: {**ex, "len": len(ex["text"]) + pad}, num_proc=2)
    print(out.rows)
