# base class attribute use_processes is True; subclass init only sets a label it does not use for pool choice -> process
from pkg.runner import Labeled

if __name__ == "__main__":
    def square(x):
        return x * x

    r = Labeled("a")
    print(r.label, r.map(square, [1, 2, 3]))
