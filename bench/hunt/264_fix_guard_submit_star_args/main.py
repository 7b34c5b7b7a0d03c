# fix: a guard function taking `*nums` reads the guard global `scale`; captures passed to
# submit as further positional arguments would land in `nums`.
from concurrent.futures import ProcessPoolExecutor

if __name__ == "__main__":
    scale = 10

    def total(*nums):
        return sum(nums) * scale

    with ProcessPoolExecutor(2) as ex:
        print(ex.submit(total, 1, 2, 3).result(), list(ex.map(total, [1, 2], [3, 4])))
