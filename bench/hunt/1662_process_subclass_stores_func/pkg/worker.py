import multiprocessing

class Worker(multiprocessing.Process):
    def __init__(self, work_queue, result_queue, func):
        multiprocessing.Process.__init__(self)
        self.work_queue = work_queue
        self.result_queue = result_queue
        self.func = func

    def run(self):
        while True:
            job = self.work_queue.get()
            if job is None:
                break
            self.result_queue.put(self.func(*job))
