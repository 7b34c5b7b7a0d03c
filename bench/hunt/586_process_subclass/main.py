# Shape: project-defined multiprocessing.Process subclass that stores a callable and calls it in run().
import multiprocessing as mp
from lib.proc import FnProcess

if __name__ == "__main__":
    q = mp.Queue()
    base = 5
    p = FnProcess(lambda: q.put(base * 2))
    p.start()
    print(q.get())
    p.join()
