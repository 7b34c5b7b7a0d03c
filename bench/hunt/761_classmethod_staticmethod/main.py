# SHAPE: Parallel.run is a classmethod calling cls._map, a staticmethod over Pool.map (pkg/parallel.py)
# OBSERVED: OK - correct
from pkg.parallel import Parallel

if __name__ == "__main__":
    sign = -1

    def neg(x):
        return sign * x

    print(Parallel.run(neg, [3, 1, 2]))
