from multiprocessing import Process


class Scheduler:
    def __init__(self):
        self._procs = []

    def schedule(self, fn, *args):
        self._procs.append(Process(target=fn, args=args))

    def run_all(self):
        for p in self._procs:
            p.start()

    def join_all(self):
        for p in self._procs:
            p.join()
