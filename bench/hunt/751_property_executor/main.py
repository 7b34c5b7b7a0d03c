# SHAPE: service with @property executor (lazy ProcessPoolExecutor); method map(fn, xs) uses self.executor.map
# OBSERVED: OK - correct
from pkg.service import Service

if __name__ == "__main__":
    sep = "-"

    def tag(x):
        return sep.join([str(x)] * 2)

    svc = Service()
    print(svc.map(tag, [1, 2, 3]))
    svc.close()
