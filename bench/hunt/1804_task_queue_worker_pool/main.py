# shape: home-grown WorkerPool starts Processes running a module-level loop and puts (fn, args) tuples on a multiprocessing.Queue -- queue pickles the lambda under every start method
from tq.pool import WorkerPool

if __name__ == "__main__":
    k = 5
    wp = WorkerPool(2)
    for i in [1, 2, 3]:
        wp.put(lambda x: x * k, i)
    print(sorted(wp.results(3)))
    wp.close()
