import multiprocessing as mp


class Job:
    def set_task(self, fn, *args):
        self._fn = fn
        self._args = args
        return self

    def start(self):
        label = getattr(self._fn, "__name__", type(self._fn).__name__)
        print("starting", label)
        p = mp.Process(target=self._fn, args=self._args)
        p.start()
        return p
