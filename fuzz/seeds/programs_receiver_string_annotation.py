import multiprocessing as mp
import multiprocessing.pool


def doubled(pool: "mp.pool.Pool", values):
    return pool.map(lambda v: v + v, values)  # PKL002


if __name__ == "__main__":
    with mp.Pool(2) as pool:
        print(doubled(pool, ["a", "b"]))
