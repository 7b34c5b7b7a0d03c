# Session 49 template-method hunt (helper, black box), its 032_submit_kwargs_caller.
from pkg.process import ProcessDispatcher

if __name__ == "__main__":
    base = 100

    def offset(a, b=0):
        return base + a + b

    print(ProcessDispatcher().dispatch(offset, 1, b=2))
