# fix: `Mine` (svc/mine.py) inherits `run` from `Service` (svc/base.py), which submits to the
# ProcessPoolExecutor kept on the instance.
from svc.mine import Mine

if __name__ == "__main__":
    bonus = 100

    def score(x, y):
        return x * y + bonus

    svc = Mine()
    try:
        print([svc.run(score, i, 2) for i in range(3)], svc.describe())
    finally:
        svc.close()
