from multiprocessing import Process, Queue

class Multiprocessor:
    def __init__(self):
        self.queue = Queue()
        self.process = None

    @staticmethod
    def _wrapper(func, queue, args, kwargs):
        queue.put(func(*args, **kwargs))

    def run(self, func, *args, **kwargs):
        self.process = Process(target=self._wrapper, args=(func, self.queue, args, kwargs))
        self.process.start()

    def wait(self):
        self.process.join()
        return self.queue.get()
