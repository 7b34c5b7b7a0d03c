# Shape: base Executor class with executor_cls = ThreadPoolExecutor class attr; subclass ProcessExecutor overrides it.
from lib.executors import ProcessExecutor

if __name__ == "__main__":
    n = 3
    def rep(s):
        return s * n
    print(ProcessExecutor(workers=2).map(rep, ["a", "b"]))
