from multiprocessing import Process, Queue

class Runner:
    def __init__(self):
        self.queue = Queue()

    def _run(self, func, args):
        self.queue.put(func(*args))

    def start(self, func, *args):
        p = Process(target=self._run, args=(func, args))
        p.start()
        p.join()
        return self.queue.get()
