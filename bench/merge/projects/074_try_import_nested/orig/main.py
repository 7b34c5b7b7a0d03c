"""Optional fast JSON library, used inside the worker."""

import multiprocessing

try:
    import orjson as _json  # type: ignore[import-not-found]

    def dumps(obj):
        return _json.dumps(obj).decode()
except ImportError:  # pragma: no cover
    import json as _json

    def dumps(obj):
        return _json.dumps(obj, separators=(",", ":"))


def serialize(objects, wrap_key):
    def one(obj):
        return dumps({wrap_key: obj})

    with multiprocessing.Pool(2) as pool:
        return pool.map(one, objects)


if __name__ == "__main__":
    print(serialize([1, [2, 3]], "data"))
