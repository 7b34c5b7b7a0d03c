import multiprocessing
import os

if __name__ == "__main__" and not os.environ.get("HUNT40_DISABLE"):
    def area(wh):
        w, h = wh
        return w * h

    with multiprocessing.Pool(2) as pool:
        print(pool.map(area, [(1, 2), (3, 4), (5, 6)]))
