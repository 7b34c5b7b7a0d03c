# shape: pmap uses mp.get_context("spawn") explicitly (CUDA-style); guard fn fails under every start method; fixed must print the results
from pkg.par import pmap

if __name__ == "__main__":
    k = 3

    def triple(x):
        return x * k

    print(pmap(triple, [1, 2]))
