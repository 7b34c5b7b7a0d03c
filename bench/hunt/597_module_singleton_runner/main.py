# Shape: module-level singleton runner instance (`default_runner = Runner()`) imported and used.
from lib.runner import default_runner

if __name__ == "__main__":
    off = 1
    def f(x):
        return x + off
    print(default_runner.map(f, [1, 2]))
