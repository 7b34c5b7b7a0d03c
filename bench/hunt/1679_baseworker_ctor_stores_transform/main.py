# shape: Doubler(transform) subclass of BaseWorker (other module); BaseWorker.run maps self.handle on a Pool, pickling self and its stored transform
from pkg.workers import Doubler

if __name__ == "__main__":
    offset = 100

    def add_offset(x):
        return x + offset

    print(Doubler(add_offset).run([1, 2, 3]))
