from multiprocessing import Pool


class Runner:
    def unordered(self, fn, xs):
        with Pool(2) as p:
            return list(p.imap_unordered(fn, xs))
