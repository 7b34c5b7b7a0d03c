# shape: Worker(Process) storing fn in workers/core.py, LoggingWorker(Worker) prefixing output in workers/logging.py, used from main with a lambda
import multiprocessing as mp

from workers.logging import LoggingWorker

if __name__ == "__main__":
    q = mp.Queue()
    data = [3, 1, 2]
    w = LoggingWorker(lambda: sorted(data), q, prefix="[w]")
    w.start()
    print(q.get(timeout=10))
    w.join()
