# picklefix-test: refused
from multiprocessing import Pool


class Base:
    def value(self):
        return 1


class Child(Base):
    def value(self):
        def compute(x):
            return x + super().value()

        with Pool(2) as pool:
            return pool.map(compute, [1, 2])  # PKL003


if __name__ == "__main__":
    print(Child().value())
