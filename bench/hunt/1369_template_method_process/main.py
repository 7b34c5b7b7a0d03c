# base make_executor factory method returns a thread pool; subclass overrides it to return a process pool; inherited map -> process
from pkg.runner import Labeled

if __name__ == "__main__":
    def square(x):
        return x * x

    r = Labeled("a")
    print(r.label, r.map(square, [1, 2, 3]))
