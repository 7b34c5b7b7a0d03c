import multiprocessing as mp


class FanOutMixin:
    def fan_out(self, fn, items):
        q = mp.Queue()
        procs = [mp.Process(target=fn, args=(q, i, x)) for i, x in enumerate(items)]
        for p in procs:
            p.start()
        out = [q.get(timeout=10) for _ in procs]
        for p in procs:
            p.join()
        return [v for _, v in sorted(out)]
