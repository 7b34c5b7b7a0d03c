# Shape: SafeRunner(backend="process" default) submits a module-level trampoline _guarded(fn, item) -- fn travels as an argument; guard function
from lib.safe import SafeRunner

if __name__ == "__main__":
    def parse(s):
        return int(s)

    print(SafeRunner().map(parse, ["1", "x", "3"]), flush=True)
