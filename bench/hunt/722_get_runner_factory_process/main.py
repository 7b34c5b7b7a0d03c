# Shape: factory function get_runner("process") in lib/__init__ returns ProcessRunner or ThreadRunner; guard function
from lib import get_runner

if __name__ == "__main__":
    def sq(x):
        return x * x

    print(get_runner("process").map(sq, [1, 2, 3]), flush=True)
