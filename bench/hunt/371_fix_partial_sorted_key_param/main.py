# fix: a guard function handed as the `key` of a wrapper that binds it into
# functools.partial(sorted, key=key) and maps the partial over a Pool.
from chunks import sort_chunks

if __name__ == "__main__":
    priority = {"low": 2, "mid": 1, "high": 0}

    def by_priority(item):
        return priority[item[1]], item[0]

    data = [
        [("b", "low"), ("a", "high"), ("c", "mid")],
        [("e", "mid"), ("d", "low")],
    ]
    print(sort_chunks(data, by_priority))
