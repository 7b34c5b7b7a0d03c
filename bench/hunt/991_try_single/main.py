# USE_THREADS = True inside try: whose body raises before it; except sets nothing, default via hasattr... single literal binding under try, but the raise happens before -> fallback False via globals().setdefault
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
try:
    import nonexistent_mod_xyz
    USE_THREADS = True
except ImportError:
    pass
def pmap(fn, xs):
    cls = ThreadPoolExecutor if globals().get("USE_THREADS") else ProcessPoolExecutor
    with cls(2) as ex:
        return list(ex.map(fn, xs))
if __name__ == "__main__":
    def f(x): return x * 2
    print(pmap(f, [1, 2, 3]))
