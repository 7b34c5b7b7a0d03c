# picklefix-test: refused
from multiprocessing import Pool


def main():
    class Worker:
        def __init__(self, scale):
            self.scale = scale

        def run(self, x):
            return x * self.scale

        def run_all(self, values):
            with Pool(2) as pool:
                return pool.map(self.run, values)  # PKL004

    worker = Worker(2)
    with Pool(2) as pool:
        print(pool.map(worker.run, [1, 2]))  # PKL004
        print(pool.map(Worker(3).run, [1, 2]))  # PKL004
        print(pool.map(Worker, [1, 2]))  # PKL004
    print(worker.run_all([3]))


if __name__ == "__main__":
    main()
