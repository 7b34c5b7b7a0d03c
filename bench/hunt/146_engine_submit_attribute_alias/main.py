from concurrent.futures import ProcessPoolExecutor


class Engine:
    def __init__(self, workers):
        self._ex = ProcessPoolExecutor(max_workers=workers)
        self.submit = self._ex.submit

    def close(self):
        self._ex.shutdown()


if __name__ == "__main__":
    scale = 3

    def times(x):
        return x * scale

    engine = Engine(2)
    print([engine.submit(times, i).result() for i in range(3)])
    engine.close()
