# base init sets a thread executor class; subclass init calls super, sets a label, then switches to the process executor class -> process
from pkg.runner import Labeled

if __name__ == "__main__":
    def square(x):
        return x * x

    r = Labeled("a")
    print(r.label, r.map(square, [1, 2, 3]))
