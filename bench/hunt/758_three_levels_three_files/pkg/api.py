from . import batching


def process_all(transform, data):
    return sorted(batching.batched(transform, data, size=3))
