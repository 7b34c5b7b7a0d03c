from multiprocessing import Process


class Worker(Process):
    def __init__(self, fn, arg, queue):
        super().__init__()
        self.fn = fn
        self.arg = arg
        self.queue = queue

    def run(self):
        self.queue.put(self.fn(self.arg))
