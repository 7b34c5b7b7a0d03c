# shape: wrapper's executor class chosen by a module constant that selects threads
# shape: executor class chosen by module constant USE_THREADS=True (threads) -> no pickling.
# OBSERVED: FALSE - picklefix reports the lambda (and --fix lifts it) as if ProcessPoolExecutor
from pkg.par import pmap
def main():
    k = 2
    print(pmap(lambda x: x ** k, [1, 2, 3]))
if __name__ == "__main__":
    main()
