from multiprocessing import Pool, Process


class Limits:
    def __init__(self, high):
        self.high = high


class Scaler:
    def __init__(self, scale, high):
        self.scale = scale
        self.limits = Limits(high)
        self.label = "scaled"
        self.pool = Pool(2)

    def run(self, xs):
        def work(x):
            return min(x * self.scale, self.limits.high)

        return self.pool.map(work, xs)  # PKL003

    def report(self, x):
        def show():
            print(self.label, x * self.scale)

        p = Process(target=show)  # PKL003
        p.start()
        p.join()

    def close(self):
        self.pool.close()
        self.pool.join()


if __name__ == "__main__":
    scaler = Scaler(3, 10)
    print(scaler.run([1, 2, 5]))
    scaler.report(4)
    scaler.close()
