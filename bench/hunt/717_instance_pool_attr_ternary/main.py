# Shape: WorkerPool(processes=True) keeps multiprocessing.Pool / ThreadPool instance (conditional expression) on self.pool; guard function defined before the pool
from lib.workers import WorkerPool

if __name__ == "__main__":
    def sq(x):
        return x * x

    wp = WorkerPool(processes=True)
    try:
        print(wp.map(sq, [1, 2, 3]), flush=True)
    finally:
        wp.close()
