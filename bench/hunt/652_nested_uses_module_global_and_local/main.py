# Shape: library function with a nested worker that reads both a module constant and a local; uses the project Process helper with a Queue.
from lib.report import build

if __name__ == "__main__":
    print(build(["x", "y"]))
