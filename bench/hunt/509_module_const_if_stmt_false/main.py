# shape: wrapper picks Process/Thread executor by a config-module constant (False -> threads)
# OBSERVED: FALSE - USE_PROCESSES=False picks ThreadPoolExecutor, yet the lambda is reported and lifted
from pkg.par import pmap
def main():
    k = 6
    print(pmap(lambda x: x + k, [1, 2]))
if __name__ == "__main__":
    main()
