# helper in pkg setup module switches use_processes on through the dunder class of the instance -> process
from pkg.runner import Runner
from pkg.setup import enable

if __name__ == "__main__":
    def square(x):
        return x * x

    r = Runner()
    enable(r)
    print(r.map(square, [1, 2, 3]))
