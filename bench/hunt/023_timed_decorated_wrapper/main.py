from prof.par import parallel_map
from prof.timing import TIMINGS

if __name__ == "__main__":

    def triple(x):
        return 3 * x

    print(parallel_map(triple, [1, 2, 3]))
    print(sorted(TIMINGS))
