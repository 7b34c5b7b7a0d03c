import multiprocessing


def _runner(index, fn, args, out):
    out.put((index, fn(*args)))


class TaskQueue:
    def __init__(self):
        self.tasks = []

    def add(self, fn, *args):
        self.tasks.append((fn, args))
        return len(self.tasks) - 1

    def run(self):
        out = multiprocessing.Queue()
        procs = []
        for index, (fn, args) in enumerate(self.tasks):
            proc = multiprocessing.Process(target=_runner, args=(index, fn, args, out))
            proc.start()
            procs.append(proc)
        results = dict(out.get(timeout=10) for _ in procs)
        for proc in procs:
            proc.join()
        self.tasks.clear()
        return [results[i] for i in sorted(results)]
