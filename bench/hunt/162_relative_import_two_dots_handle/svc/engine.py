import multiprocessing


def _call(conn, fn, args):
    conn.send(fn(*args))
    conn.close()


class Handle:
    def __init__(self, proc, conn):
        self._proc = proc
        self._conn = conn

    def result(self, timeout=10):
        if not self._conn.poll(timeout):
            raise TimeoutError("no result")
        value = self._conn.recv()
        self._proc.join()
        return value


def submit(fn, *args):
    """Run ``fn(*args)`` in a child process; return a handle to its result."""
    parent_conn, child_conn = multiprocessing.Pipe(duplex=False)
    proc = multiprocessing.Process(target=_call, args=(child_conn, fn, args))
    proc.start()
    return Handle(proc, parent_conn)
