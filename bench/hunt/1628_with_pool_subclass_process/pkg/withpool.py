from multiprocessing.pool import Pool, ThreadPool

class WithThreadPool(ThreadPool):
    def __init__(self, *args, **kwargs):
        super(WithThreadPool, self).__init__(*args, **kwargs)

    def __enter__(self):
        return self

    def __exit__(self, *args, **kwargs):
        self.close()
        self.join()

class WithMultiprocessingPool(Pool):
    def __init__(self, *args, **kwargs):
        super(WithMultiprocessingPool, self).__init__(*args, **kwargs)

    def __enter__(self):
        return self

    def __exit__(self, *args, **kwargs):
        self.close()
        self.join()
