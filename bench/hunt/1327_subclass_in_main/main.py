# subclass defined in main over the Runner of pkg runner overrides the class attribute use_processes with True -> process
from pkg.runner import Runner


class ProcRunner(Runner):
    use_processes = True

if __name__ == "__main__":
    def square(x):
        return x * x

    r = ProcRunner()
    print(r.map(square, [1, 2, 3]))
