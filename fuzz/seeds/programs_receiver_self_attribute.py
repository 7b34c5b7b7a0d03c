from multiprocessing import Pool


class Runner:
    def __init__(self):
        self.pool = Pool(2)

    def run(self, values):
        return self.pool.map(lambda v: v * 2, values)  # PKL002

    def close(self):
        self.pool.close()
        self.pool.join()


if __name__ == "__main__":
    runner = Runner()
    print(runner.run([1, 2, 3]))
    runner.close()
