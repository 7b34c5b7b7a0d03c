import multiprocessing


def _drain(gen_fn, seed, out):
    out.put((seed, list(gen_fn(seed))))


def collect(gen_fn, seeds):
    out = multiprocessing.Queue()
    procs = [
        multiprocessing.Process(target=_drain, args=(gen_fn, seed, out))
        for seed in seeds
    ]
    for proc in procs:
        proc.start()
    results = dict(out.get(timeout=10) for _ in procs)
    for proc in procs:
        proc.join()
    return [results[seed] for seed in seeds]
