# Shape: Runner re-exported through lib/__init__ and lib/core/__init__, executor from `from ..backends import make_executor` (kind="process"); guard function
from lib import Runner

if __name__ == "__main__":
    def sq(x):
        return x * x

    print(Runner(kind="process").map(sq, [1, 2, 3]), flush=True)
