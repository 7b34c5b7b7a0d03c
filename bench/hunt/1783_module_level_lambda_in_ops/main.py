# shape: module-level lambda assigned to a name in ops.py (square = lambda x: ...) handed to a ProcessPoolExecutor wrapper in main -- pickle cannot find <lambda> by name
from calc.ops import square
from calc.par import pmap

if __name__ == "__main__":
    print(pmap(square, [1, 2, 3]))
