from .core import Worker


class LoggingWorker(Worker):
    def __init__(self, fn, queue, prefix):
        super().__init__(fn, queue)
        self.prefix = prefix

    def execute(self):
        return f"{self.prefix} {super().execute()}"
