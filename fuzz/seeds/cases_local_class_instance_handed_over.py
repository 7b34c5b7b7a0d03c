# picklefix-test: refused
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool


class Scaler:
    def __call__(self, x):
        return x * 2


def main():
    class Job:
        def __call__(self, x):
            return x + 1

        def run(self, x):
            return x * 3

    items = [1, 2, 3]
    with ProcessPoolExecutor(2) as ex:
        print(list(ex.map(Job(), items)))  # PKL004
        job = Job()
        print(list(ex.map(job, items)))  # PKL004
        run = Job().run
        print(ex.submit(run, 4).result())  # PKL004
        print(list(ex.map(Scaler(), items)))
    with Pool(2) as pool:
        print(pool.map(Job(), items))  # PKL004
        print(pool.map(Scaler(), items))


if __name__ == "__main__":
    main()
