import multiprocessing as mp


def _worker_loop(dataset, indices, collate_fn, worker_init_fn, worker_id, out_queue):
    if worker_init_fn is not None:
        worker_init_fn(worker_id)
    out_queue.put((worker_id, collate_fn([dataset[i] for i in indices])))


class DataLoader:
    def __init__(self, dataset, batch_size=2, collate_fn=list, worker_init_fn=None):
        self._queue = mp.Queue()
        self._workers = []
        batches = [list(range(i, min(i + batch_size, len(dataset)))) for i in range(0, len(dataset), batch_size)]
        for wid, idx in enumerate(batches):
            w = mp.Process(target=_worker_loop, args=(dataset, idx, collate_fn, worker_init_fn, wid, self._queue))
            w.daemon = True
            w.start()
            self._workers.append(w)

    def __iter__(self):
        for w in self._workers:
            w.join()
        if any(w.exitcode for w in self._workers):
            raise RuntimeError("DataLoader worker exited unexpectedly")
        got = sorted(self._queue.get(timeout=5) for _ in self._workers)
        for _, batch in got:
            yield batch
