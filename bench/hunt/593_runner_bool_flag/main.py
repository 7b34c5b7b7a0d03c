# Shape: Runner(use_processes=True) stores the executor class chosen in __init__; method maps with it.
from lib.runner import Runner

if __name__ == "__main__":
    k = 5
    def f(x):
        return x - k
    print(Runner(use_processes=True).map(f, [5, 6]))
