import multiprocessing


def _target(fn, item, queue):
    queue.put(fn(item))


def fan_out(fn, items, workers=4):
    queue = multiprocessing.Queue()
    results = []
    for start in range(0, len(items), workers):
        batch = items[start : start + workers]
        procs = [
            multiprocessing.Process(target=_target, args=(fn, item, queue))
            for item in batch
        ]
        for proc in procs:
            proc.start()
        results.extend(queue.get(timeout=10) for _ in procs)
        for proc in procs:
            proc.join()
    return sorted(results)
