import multiprocessing
import threading


class TaskRunner:
    """Run one callable in a child process (or a thread) and wait for it."""

    def __init__(self, use_processes=True):
        self.use_processes = use_processes

    def run(self, fn, *args):
        if self.use_processes:
            worker = multiprocessing.Process(target=fn, args=args)
        else:
            worker = threading.Thread(target=fn, args=args)
        worker.start()
        worker.join()
        return worker
