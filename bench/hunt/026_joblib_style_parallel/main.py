import math

from jl import Parallel, delayed

if __name__ == "__main__":

    def rooted(x, digits=3):
        return round(math.sqrt(x), digits)

    print(Parallel(n_jobs=2)(delayed(rooted)(i, digits=2) for i in range(5)))
