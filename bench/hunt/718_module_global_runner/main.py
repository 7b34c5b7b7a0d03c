# Shape: module-level RUNNER = Runner(use_processes=True) in lib/settings.py, imported by name; guard function
from lib.settings import RUNNER

if __name__ == "__main__":
    def sq(x):
        return x * x

    print(RUNNER.map(sq, [1, 2, 3]), flush=True)
