import multiprocessing as mp

def spawn_map(fn, items, processes=2):
    ctx = mp.get_context("spawn")
    with ctx.Pool(processes) as pool:
        return pool.map(fn, items)
