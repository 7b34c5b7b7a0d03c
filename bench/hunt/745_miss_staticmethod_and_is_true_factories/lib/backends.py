from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

class Executors:
    @staticmethod
    def make(kind):
        if kind == "process":
            return ProcessPoolExecutor(2)
        return ThreadPoolExecutor(2)

def make_executor(use_processes=False):
    if use_processes is True:
        return ProcessPoolExecutor(2)
    return ThreadPoolExecutor(2)
