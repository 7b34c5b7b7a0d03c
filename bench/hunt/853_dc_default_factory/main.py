# shape: @dataclass field pool default_factory=ProcessPoolExecutor; instance made leaving the field out
# OBSERVED: OK - finding reported; --fix lifted the function (captures via functools.partial); spawn output matches fork
from pkg.runner import Runner

if __name__ == "__main__":
    k = 3

    def work(x):
        return x * k

    print(Runner().run(work, [1, 2, 3]))
