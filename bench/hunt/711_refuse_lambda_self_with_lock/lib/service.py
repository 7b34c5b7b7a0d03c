import threading

from .tasks import TaskRunner


class Service:
    def __init__(self, name):
        self.name = name
        self._lock = threading.Lock()
        self.runner = TaskRunner(use_processes=True)

    def handle(self, n):
        with self._lock:
            print(self.name, "handled", n, flush=True)

    def start(self):
        self.runner.run(lambda: self.handle(1))
