from concurrent.futures import ThreadPoolExecutor

threadPoolExecutor = ThreadPoolExecutor(max_workers=4)

class ThreadUtils(object):
    @staticmethod
    def submit(fn, /, *args, **kvargs):
        return threadPoolExecutor.submit(fn, *args, **kvargs)
