# shape: executor registry dict (always processes); submit(kind, fn) wrapper
# OBSERVED: MISS - executor stored in a module-level dict (always ProcessPoolExecutor) not inferred; reg.submit("cpu", work) not reported
from pkg import reg
if __name__ == "__main__":
    def work(x):
        return x * 100
    print(reg.submit("cpu", work, 3).result())
    reg.shutdown()
