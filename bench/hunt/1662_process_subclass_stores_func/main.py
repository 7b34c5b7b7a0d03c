# shape: dereneaton/ipyrad ipyrad/assemble/worker.py -- Worker(multiprocessing.Process) storing func on self and calling it in run()
import multiprocessing
from pkg.worker import Worker

def main():
    wq, rq = multiprocessing.Queue(), multiprocessing.Queue()
    scale = 10
    w = Worker(wq, rq, lambda a, b: (a + b) * scale)
    w.start()
    for job in [(1, 2), (3, 4), None]:
        wq.put(job)
    out = [rq.get(timeout=5), rq.get(timeout=5)]
    w.join()
    return out

if __name__ == "__main__":
    print(main())
