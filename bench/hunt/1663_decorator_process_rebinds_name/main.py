# shape: code-corpus excerpt '# 多进程修饰器 run_in_process(func): @wraps(func) ... Process(target=func, ...)' -- @decorator rebinds the module name, so the original function cannot be pickled by reference under spawn
import multiprocessing
from pkg.deco import run_in_process

@run_in_process
def compute(q, x):
    q.put(x + 1)

if __name__ == "__main__":
    q = multiprocessing.Queue()
    p = compute(q, 41)
    print(q.get(timeout=5))
    p.join()
