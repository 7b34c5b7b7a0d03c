# Session 49 template-method hunt (helper, black box), its 007_abstract_submit.
from pkg.process import ProcessDispatcher

if __name__ == "__main__":
    base = 100

    def offset(a, b):
        return base + a + b

    print(ProcessDispatcher().dispatch(offset, 1, 2))
