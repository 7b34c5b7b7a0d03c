from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

class Runner:
    use_processes = False

    def _executor(self):
        if self.use_processes:
            return ProcessPoolExecutor(2)
        return ThreadPoolExecutor(2)

    def map(self, fn, items):
        with self._executor() as ex:
            return list(ex.map(fn, items))

class ProcRunner(Runner):
    use_processes = True

class PropRunner(Runner):
    def __init__(self, mode="thread"):
        self.mode = mode

    @property
    def use_processes(self):
        return self.mode == "process"
