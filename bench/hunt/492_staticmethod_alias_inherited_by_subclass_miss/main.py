# MISS: `class Sub(Par): pass` in par/run.py where Par has `map = staticmethod(_pmap)`;
# main.py calls `Sub.map(work, xs)`: not followed through the base (Par.map is).
from par.run import Sub

if __name__ == "__main__":
    k = 3

    def work(x):
        return x * k

    print(Sub.map(work, [1, 2]))
