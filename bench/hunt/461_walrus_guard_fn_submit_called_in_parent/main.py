# BROKEN (expect refuse): `ex.submit(f := work, 5)` then `f(2)` in the parent. The lift adds the
# captured `k` as an extra positional argument of submit (`ex.submit(f := work, 5, k)`) and to
# `work`'s signature, but `f` is the bare lifted `work`, so the parent's `f(2)` raises TypeError
# (missing `k`) under spawn and forkserver. Change 5 rewrites the lambda in place so f keeps the
# partial; for submit/Process the captured values go to the call, not to f.
from concurrent.futures import ProcessPoolExecutor

if __name__ == "__main__":
    k = 3

    def work(x):
        return x * k

    with ProcessPoolExecutor(2) as ex:
        fut = ex.submit(f := work, 5)
        print(fut.result(), f(2))
