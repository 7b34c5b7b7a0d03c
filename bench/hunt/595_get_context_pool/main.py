# Shape: wrapper uses multiprocessing.get_context() (default method) and ctx.Pool.
from lib.par import pmap

if __name__ == "__main__":
    d = 3
    def div(x):
        return x // d
    print(pmap(div, [3, 7, 10]))
