from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


class Parallel:
    @staticmethod
    def run(fn, items, threads=False):
        cls = ThreadPoolExecutor if threads else ProcessPoolExecutor
        with cls(2) as ex:
            return list(ex.map(fn, items))
