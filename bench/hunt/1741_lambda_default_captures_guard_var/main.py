# shape: lambda x, k=k: ... (default refers to a guard var) handed to pkg.bg.start(fn, *args) -> Process; a lift must not evaluate k at module level
from pkg.bg import start

if __name__ == "__main__":
    k = 4
    p = start(lambda x, k=k: print(x * k, flush=True), 10)
    p.join()
    print("end")
