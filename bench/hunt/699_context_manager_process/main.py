# Shape: with Runner(processes=True) as r: r.map(...) -- executor made in __enter__ and kept on self; guard function
from lib import Runner

if __name__ == "__main__":
    def sq(x):
        return x * x

    with Runner(processes=True) as r:
        print(r.map(sq, [1, 2, 3]), flush=True)
