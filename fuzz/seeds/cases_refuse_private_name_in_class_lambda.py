# picklefix-test: refused
from multiprocessing import Pool


class Scaler:
    def __init__(self):
        self.__factor = 3

    def run(self, values):
        factor = self.__factor
        with Pool(2) as pool:
            return pool.map(lambda s: s.__factor * factor, [self] * len(values))  # PKL002
