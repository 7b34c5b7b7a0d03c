# Shape (negative): wrapper uses multiprocessing.dummy.Pool (threads with the Pool API).
from lib.par import tmap

if __name__ == "__main__":
    k = 2
    def f(x):
        return x * k
    print(tmap(f, [1, 2]), tmap(lambda x: -x, [3]))
