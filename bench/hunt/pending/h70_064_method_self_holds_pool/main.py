# Shape: class owning a Pool defines a nested worker capturing `self` (golden: original fails under fork too).
from lib.engine import Engine

if __name__ == "__main__":
    e = Engine(3)
    print(e.run([1, 2]))
    e.close()
