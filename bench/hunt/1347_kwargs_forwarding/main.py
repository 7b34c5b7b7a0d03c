# run_all forwards keyword options to the chain wrapper pmap defaulting to thread; caller passes backend process -> process
from pkg.par import run_all

if __name__ == "__main__":
    def square(x):
        return x * x

    print(run_all(square, [1, 2, 3], backend="process"))
