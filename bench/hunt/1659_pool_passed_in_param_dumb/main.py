# shape: catalyst-team/catalyst utils/parallel.py -- same helper with the serial DumbPool (workers=0)
from pkg.parallel import DumbPool, parallel_imap

if __name__ == "__main__":
    k = 5
    with DumbPool() as pool:
        print(parallel_imap(lambda x: x * k, [1, 2, 3], pool))
