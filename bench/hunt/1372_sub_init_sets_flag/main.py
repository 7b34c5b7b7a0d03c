# base init sets use_processes False; subclass init calls super, sets a label and then use_processes True -> process
from pkg.runner import Labeled

if __name__ == "__main__":
    def square(x):
        return x * x

    r = Labeled("a")
    print(r.label, r.map(square, [1, 2, 3]))
