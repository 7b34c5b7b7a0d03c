# Process/Thread launcher, Sub flag = ["p"] -> process; lambda
import multiprocessing as mp, threading
class Launcher:
    use_processes = False
    def run(self, fn):
        cls = mp.Process if self.use_processes else threading.Thread
        t = cls(target=fn)
        t.start(); t.join()
class ProcLauncher(Launcher):
    use_processes = True
class Sub(Launcher):
    use_processes = ["p"]
def main():
    q = mp.Queue()
    k = 5
    Sub().run(lambda: q.put(k * 2))
    print(q.get(timeout=5))
if __name__ == "__main__":
    main()
