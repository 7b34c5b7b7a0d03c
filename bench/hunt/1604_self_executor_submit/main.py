# shape: ctlab/evoguess executor/impl/process_executor.py -- ProcessExecutor.submit(self, fn, *args, **kwargs) forwarding to self.executor (a ProcessPoolExecutor made in __init__)
from pkg.backend import ProcessExecutor

def main():
    ex = ProcessExecutor(2)
    base = 100
    futs = [ex.submit(lambda a, b=0: a + b + base, i, b=1) for i in range(3)]
    out = [f.result() for f in futs]
    ex.shutdown()
    return out

if __name__ == "__main__":
    print(main())
