# Shape: guard variable reassigned after the worker is defined (late binding must be preserved).
from lib.par import pmap

if __name__ == "__main__":
    mode = "draft"
    def render(x):
        return f"{mode}-{x}"
    mode = "final"
    print(pmap(render, [1, 2]))
