# SHAPE: three wrapper levels across three files: pkg.api.process_all -> pkg.batching.batched -> pkg.dispatch._dispatch -> Pool.map; re-exported in pkg/__init__ with __all__
# OBSERVED: OK - correct
from pkg import process_all

if __name__ == "__main__":
    prefix = "item"

    def label(x):
        return f"{prefix}:{x}"

    print(process_all(label, list(range(5))))
