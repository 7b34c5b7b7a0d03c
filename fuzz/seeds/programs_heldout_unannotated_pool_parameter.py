import multiprocessing as mp


def run_batch(pool, batch, tag):
    return pool.map(lambda x: f"{tag}-{x}", batch)  # PKL002


def main():
    with mp.Pool(2) as pool:
        print(run_batch(pool, [1, 2], "a"))
        print(run_batch(pool=pool, batch=[3], tag="b"))


if __name__ == "__main__":
    main()
