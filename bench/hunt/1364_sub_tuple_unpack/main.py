# base class attribute use_processes is False; subclass init sets label and use_processes True in one tuple assignment -> process
from pkg.runner import Labeled

if __name__ == "__main__":
    def square(x):
        return x * x

    r = Labeled("a")
    print(r.label, r.map(square, [1, 2, 3]))
