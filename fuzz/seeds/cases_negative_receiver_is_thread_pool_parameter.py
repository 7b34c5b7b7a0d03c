from multiprocessing.pool import ThreadPool


def run(pool: ThreadPool, values):
    return pool.map(lambda v: v + 1, values)


if __name__ == "__main__":
    with ThreadPool(2) as pool:
        print(run(pool, [1]))
