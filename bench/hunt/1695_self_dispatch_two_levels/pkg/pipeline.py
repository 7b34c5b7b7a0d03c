from multiprocessing import Pool


def _apply_chunk(fn, chunk):
    return [fn(x) for x in chunk]


class Pipeline:
    chunk = 3

    def _dispatch(self, fn, chunks):
        with Pool(2) as pool:
            return pool.starmap(_apply_chunk, [(fn, c) for c in chunks])

    def run(self, fn, xs):
        chunks = [xs[i : i + self.chunk] for i in range(0, len(xs), self.chunk)]
        return [y for part in self._dispatch(fn, chunks) for y in part]
