import threading

from .launch import run_in_child


class Ledger:
    def __init__(self, owner):
        self.owner = owner
        self.entries = [120, -30, 45]
        self._lock = threading.Lock()

    def describe(self, total):
        return f"{self.owner}: {total}"

    def report(self, out):
        def summarize(q):
            with self._lock:
                total = sum(self.entries)
            q.put(self.describe(total))

        return run_in_child(summarize, out)
