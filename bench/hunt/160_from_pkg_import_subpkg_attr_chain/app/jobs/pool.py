from concurrent.futures import ProcessPoolExecutor, as_completed


def fan_out(fn, items, workers=2):
    results = {}
    with ProcessPoolExecutor(max_workers=workers) as executor:
        futures = {executor.submit(fn, item): item for item in items}
        for future in as_completed(futures):
            results[futures[future]] = future.result()
    return results
