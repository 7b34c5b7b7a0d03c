# shape: for name in d: d[name].map(lambda) -- iterate keys, subscript the dict
# OBSERVED: MISS: `d[name].map(lambda)` while iterating the dict's keys is not followed
from pkg.runner import ProcRunner, Runner


def main():
    k = 3
    d = {"a": Runner(), "b": ProcRunner()}
    for name in d:
        print(name, d[name].map(lambda x, q: q.put(x * k), [1, 2]))


if __name__ == "__main__":
    main()
