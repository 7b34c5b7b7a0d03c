from functools import partial
from multiprocessing import get_context


def run_multiple(worker_func, config, workers=2):
    ctx = get_context("spawn")
    shutdown_event = ctx.Event()
    results = ctx.SimpleQueue()
    processes = []
    for idx in range(workers):
        process = ctx.Process(
            target=partial(worker_func, config, shutdown_event=shutdown_event),
            kwargs={"idx": idx, "out": results},
        )
        process.daemon = True
        process.start()
        processes.append(process)
    for process in processes:
        process.join()
    failed = [p.exitcode for p in processes if p.exitcode]
    if failed:
        raise RuntimeError(f"workers failed: {failed}")
    return sorted(results.get() for _ in processes)
