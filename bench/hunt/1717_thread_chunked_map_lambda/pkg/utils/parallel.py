from concurrent.futures import ThreadPoolExecutor


def _run_chunk(fn, chunk):
    return [fn(x) for x in chunk]


def chunked_map(fn, items, size=10):
    chunks = [items[i : i + size] for i in range(0, len(items), size)]
    with ThreadPoolExecutor(2) as ex:
        parts = ex.map(_run_chunk, [fn] * len(chunks), chunks)
    return [y for p in parts for y in p]
