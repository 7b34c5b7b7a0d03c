# Shape: base Backend with _make_executor() returning threads; subclass overrides it to return a ProcessPoolExecutor.
from lib.backends import ProcessBackend

if __name__ == "__main__":
    n = 2
    def rep(s):
        return s * n
    print(ProcessBackend().map(rep, ["x", "y"]))
