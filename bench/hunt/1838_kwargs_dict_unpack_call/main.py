# shape: the callable reaches the wrapper through a **opts dict literal at the call: pmap(items=..., **{"fn": guard_def, "chunksize": 2})
from pkg.par import pmap

if __name__ == "__main__":
    unit = "cm"

    def fmt(x):
        return f"{x}{unit}"

    opts = {"fn": fmt, "chunksize": 2}
    print(pmap(items=[1, 2, 3], **opts))
