# shape: same inline-capable Pool wrapper, used with processes=0 (inline, debugging) -- nothing is pickled
from pkg.classes import Pool

if __name__ == "__main__":
    bias = 1
    with Pool(processes=0) as pool:
        print(pool.map(lambda x: x + bias, [1, 2]))
