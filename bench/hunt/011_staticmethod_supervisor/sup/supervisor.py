import multiprocessing


class Supervisor:
    def __init__(self):
        self.children = []

    @staticmethod
    def spawn(target, args=(), daemon=True):
        proc = multiprocessing.Process(target=target, args=args, daemon=daemon)
        proc.start()
        return proc

    def add(self, target, *args):
        self.children.append(self.spawn(target, args))

    def join_all(self):
        for child in self.children:
            child.join()
        return [child.exitcode for child in self.children]
