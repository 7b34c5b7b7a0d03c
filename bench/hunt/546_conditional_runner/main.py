# Session 49 template-method hunt (helper, black box), its 029_conditional_runner.
import os

from pkg.base import Runner
from pkg.process import ProcessRunner

if __name__ == "__main__":
    k = 3

    def add(x):
        return x + k

    runner = Runner() if os.environ.get("SERIAL") else ProcessRunner()
    print(runner.run(add, [1, 2, 3]))
