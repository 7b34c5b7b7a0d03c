# Session 49 template-method hunt (helper, black box), its 022_conditional_def_refuse.
import sys

from pkg.process import ProcessRunner

if __name__ == "__main__":
    if len(sys.argv) > 1:

        def step(x):
            return x + 1

    else:

        def step(x):
            return x + 2

    print(ProcessRunner().run(step, [1, 2, 3]))
