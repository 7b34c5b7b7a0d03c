# Shape: class owning a Pool; nested worker calls self.transform (needs the whole self, which holds an unpicklable Pool) (golden).
from lib.engine import Engine

if __name__ == "__main__":
    e = Engine(3)
    print(e.run([1, 2]))
    e.close()
