from multiprocessing import Pool


class Runner:
    def run(self, values, k):
        self.pool = Pool(2)
        try:
            return self.pool.map(lambda v: v * k, values)  # PKL002
        finally:
            self.pool.close()
            self.pool.join()


if __name__ == "__main__":
    print(Runner().run([1, 2, 3], 4))
