# shape: make_executor(use_processes=os.name != "nt") factory in a package; main uses it as a context manager and maps a lambda
import os

from core.execs import make_executor

if __name__ == "__main__":
    suffix = ":1"
    with make_executor(use_processes=os.name != "nt") as ex:
        print(list(ex.map(lambda s: s + suffix, ["a", "b"])))
