from multiprocessing import Process, Queue
class Job:
    target = None
    def run(self):
        q = Queue()
        p = Process(target=self.target, args=(q,))
        p.start()
        r = q.get()
        p.join()
        return r
