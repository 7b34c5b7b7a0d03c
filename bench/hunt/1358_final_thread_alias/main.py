# Final bool USE_THREADS set True is read through a local alias and never changed; caller passes a lambda -> thread
from pkg.par import pmap

if __name__ == "__main__":
    print(pmap(lambda x: x * x, [1, 2, 3]))
