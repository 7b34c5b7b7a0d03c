# flag is a method: base tests self.use_processes(); Sub overrides it returning True -> process
import multiprocessing as mp
import threading


class Runner:
    def use_processes(self):
        return False

    def run(self, fn, *args):
        cls = mp.Process if self.use_processes() else threading.Thread
        t = cls(target=fn, args=args)
        t.start()
        t.join()

    def doubled(self, x):
        q = mp.Queue()
        self.run(lambda q, x: q.put(x * 2), q, x)
        return q.get(timeout=10)


class Sub(Runner):
    def use_processes(self):
        return True


if __name__ == "__main__":
    print(Sub().doubled(3))
