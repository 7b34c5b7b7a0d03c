# dataclass Runner with use_processes defaulting to False is constructed in main with the keyword set to True -> process
from pkg.runner import Runner

if __name__ == "__main__":
    def square(x):
        return x * x

    r = Runner(use_processes=True)
    print(r.map(square, [1, 2, 3]))
