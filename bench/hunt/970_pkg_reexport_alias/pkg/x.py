from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
class Runner:
    use_processes = False
    def map(self, fn, xs):
        cls = ProcessPoolExecutor if self.use_processes else ThreadPoolExecutor
        with cls(2) as ex:
            return list(ex.map(fn, xs))
class ProcRunner(Runner):
    use_processes = True
