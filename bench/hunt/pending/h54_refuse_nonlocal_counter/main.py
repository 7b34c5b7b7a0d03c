# shape: process pmap with nested fn that uses nonlocal counter (cannot be lifted faithfully)
# OBSERVED: OK - reported, not rewritten (nonlocal)
from pkg.par import pmap

def main():
    count = 0
    def f(x):
        nonlocal count
        count += 1
        return x + count
    print(pmap(f, [1, 2], n_jobs=2))

if __name__ == "__main__":
    main()
