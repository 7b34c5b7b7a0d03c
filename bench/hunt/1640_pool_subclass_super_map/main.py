# shape: code-corpus excerpt 'import multiprocessing.pool as mp; class Pool(mp.Pool): Wrapper class ... If n_processes=1 just use map on main thread' -- override calling super().map
from pkg.pool import Pool

def main():
    gain = 2
    with Pool(processes=2) as p:
        return p.map(lambda v: v * gain, [1, 2, 3])

if __name__ == "__main__":
    print(main())
