import multiprocessing as mp

if __name__ == "__main__":
    ctx = mp.get_context("forkserver")
    with ctx.Pool(2) as pool:
        print(pool.map(lambda x: x**2, [2, 3]))  # PKL002
