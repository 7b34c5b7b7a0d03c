"""Nested worker that relies on an import made inside the enclosing function."""

from concurrent.futures import ProcessPoolExecutor


def encode_all(records, indent=None):
    import json

    def encode(record):
        return json.dumps(record, indent=indent, sort_keys=True)

    with ProcessPoolExecutor(max_workers=2) as ex:
        return list(ex.map(encode, records))


if __name__ == "__main__":
    print(encode_all([{"b": 1, "a": 2}, {"c": [1, 2]}]))
