from multiprocessing import Pool

LIMIT = 100


class Job:
    LIMIT = 5

    def run(self, values):
        def clamp(x):
            # LIMIT is the module's: a class body is not an enclosing scope.
            return min(x, LIMIT)

        with Pool(2) as pool:
            return pool.map(clamp, values)  # PKL003


if __name__ == "__main__":
    print(Job().run([1, 50, 200]))
