# base class attribute use_processes is False; subclass in the same file overrides the class attribute with True and sets a label in init -> process
from pkg.runner import Labeled

if __name__ == "__main__":
    def square(x):
        return x * x

    r = Labeled("a")
    print(r.label, r.map(square, [1, 2, 3]))
