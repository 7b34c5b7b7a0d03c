# SHAPE: instance built by classmethod constructor Executor.from_config(cfg) (pkg/engine.py), re-exported through pkg/__init__ `from .engine import Engine as Executor`; engine.run(fn, xs)
# OBSERVED: OK - correct
from pkg import Executor

if __name__ == "__main__":
    rep = 2

    def repeat(s):
        return s * rep

    eng = Executor.from_config({"workers": 2})
    print(eng.run(repeat, ["ab", "c"]))
