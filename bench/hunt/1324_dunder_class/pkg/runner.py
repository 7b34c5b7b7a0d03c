from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


class Runner:
    use_processes = False

    def map(self, fn, items):
        if self.use_processes:
            cls = ProcessPoolExecutor
        else:
            cls = ThreadPoolExecutor
        with cls(max_workers=2) as ex:
            return list(ex.map(fn, items))
