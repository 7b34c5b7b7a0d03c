import multiprocessing
import threading


def launch(target, args=(), backend="thread"):
    if backend in ("thread", "threads"):
        worker = threading.Thread(target=target, args=args)
    elif backend == "process":
        worker = multiprocessing.Process(target=target, args=args)
    else:
        raise ValueError(backend)
    worker.start()
    worker.join()
    return worker
