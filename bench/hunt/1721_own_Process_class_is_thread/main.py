# shape: pkg/proc.py defines its own `class Process(threading.Thread)`; wrapper start(fn) uses it; lambda passed -- name collision, negative
from pkg.proc import start

if __name__ == "__main__":
    res = []
    t = start(lambda: res.append(42))
    t.join()
    print(res)
