from multiprocessing import Process


class FunctionProcess(Process):
    """A process that runs one callable and reports its value."""

    def __init__(self, fn, results, *, tag):
        super().__init__(name=f"fn-{tag}")
        self.fn = fn
        self.results = results
        self.tag = tag

    def run(self):
        self.results.put((self.tag, self.fn()))
