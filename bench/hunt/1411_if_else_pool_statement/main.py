# base uses if self.use_processes: t = mp.Process(...) else Thread; Sub class attr True -> process
import multiprocessing as mp
import threading

class Runner:
    use_processes = False

    def run(self, fn, *args):
        if self.use_processes:
            t = mp.Process(target=fn, args=args)
        else:
            t = threading.Thread(target=fn, args=args)
        t.start()
        t.join()

    def doubled(self, x):
        q = mp.Queue()
        self.run(lambda q, x: q.put(x * 2), q, x)
        return q.get(timeout=10)


class Sub(Runner):
    use_processes = True


if __name__ == "__main__":
    print(Sub().doubled(3))
