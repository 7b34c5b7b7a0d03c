import multiprocessing


class Batch:
    workers = 2

    @classmethod
    def run(cls, fn, items):
        with multiprocessing.Pool(cls.workers) as pool:
            return sorted(pool.imap_unordered(fn, items))
