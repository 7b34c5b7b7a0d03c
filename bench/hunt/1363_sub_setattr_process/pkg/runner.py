from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


class Runner:
    executor_cls = ThreadPoolExecutor

    def map(self, fn, items):
        with self.executor_cls(max_workers=2) as ex:
            return list(ex.map(fn, items))


class Labeled(Runner):
    def __init__(self, label, **options):
        self.label = label
        for key, value in options.items():
            setattr(self, key, value)


class CpuRunner(Labeled):
    def __init__(self, label):
        super().__init__(label, executor_cls=ProcessPoolExecutor)
