# base init sets use_processes False; subclass adds a for_cpu method, called before the inherited map, that sets it True -> process
from pkg.runner import Labeled

if __name__ == "__main__":
    def square(x):
        return x * x

    r = Labeled("a").for_cpu()
    print(r.label, r.map(square, [1, 2, 3]))
