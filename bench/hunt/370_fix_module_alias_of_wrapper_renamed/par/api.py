import multiprocessing


def _child(fn, value, conn):
    conn.send(fn(value))
    conn.close()


def _parallel_map(fn, values):
    pipes = []
    for value in values:
        parent, child = multiprocessing.Pipe(duplex=False)
        proc = multiprocessing.Process(target=_child, args=(fn, value, child))
        proc.start()
        pipes.append((proc, parent))
    results = []
    for proc, parent in pipes:
        results.append(parent.recv())
        proc.join()
    return results


pmap = _parallel_map
