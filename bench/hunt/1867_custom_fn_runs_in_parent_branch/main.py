# shape: process_all(items, fn=None) runs a custom fn in-process (`if fn is not None: return [fn(x) ...]`) and only the module-level default worker goes to the Pool -- the lambda never reaches a process
from pkg.work import process_all

if __name__ == "__main__":
    k = 3
    print(process_all([1, 2], lambda x: x * k))
    print(process_all([1, 2]))
