import multiprocessing as mp


def _target(conn, fn):
    try:
        conn.send(("ok", fn()))
    except Exception as exc:  # noqa: BLE001
        conn.send(("err", repr(exc)))
    finally:
        conn.close()


def run_isolated(fn, timeout=10):
    parent, child = mp.Pipe(duplex=False)
    proc = mp.Process(target=_target, args=(child, fn))
    proc.start()
    child.close()
    if not parent.poll(timeout):
        proc.terminate()
        proc.join()
        raise TimeoutError("worker did not answer")
    status, value = parent.recv()
    proc.join()
    return status, value
