class Runner:
    """Wraps an executor the caller owns."""

    def __init__(self, executor):
        self.executor = executor

    def map(self, fn, items):
        return list(self.executor.map(fn, items))
