import multiprocessing


class Job:
    def __init__(self, process):
        self.process = process

    @classmethod
    def launch(cls, fn, *args, name=None):
        process = multiprocessing.Process(target=fn, args=args, name=name)
        process.start()
        return cls(process)

    def wait(self, timeout=None):
        self.process.join(timeout)
        return self.process.exitcode
