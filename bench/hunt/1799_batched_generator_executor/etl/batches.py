from concurrent.futures import ProcessPoolExecutor


def batched_map(fn, items, size=10):
    with ProcessPoolExecutor(2) as ex:
        for i in range(0, len(items), size):
            print(f"batch {i // size}", flush=True)
            yield list(ex.map(fn, items[i : i + size]))
