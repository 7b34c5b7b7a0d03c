# SHAPE: guard block imports `math` and `statistics` locally; guard fn uses them and a guard global; passed to wrapper pkg.par.pmap (a fix must not pass modules through pickle)
# OBSERVED: OK - correct
from pkg.par import pmap

if __name__ == "__main__":
    import math
    import statistics as st

    digits = 2

    def norm(xs):
        return round(math.sqrt(st.mean(xs)), digits)

    print(pmap(norm, [[1, 4], [9, 16]]))
