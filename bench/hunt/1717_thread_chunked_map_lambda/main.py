# shape: utils.parallel.chunked_map(fn, items, size) over ThreadPoolExecutor; a lambda is fine (threads) -- negative
from pkg.utils.parallel import chunked_map

if __name__ == "__main__":
    k = 2
    print(chunked_map(lambda x: x * k, list(range(5)), size=2))
