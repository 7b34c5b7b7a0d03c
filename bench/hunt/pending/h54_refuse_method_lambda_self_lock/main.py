# shape: method lambda calls self.scale(x) where self holds a threading.Lock -> self unpicklable, lifting cannot help
# OBSERVED: OK - reported, not rewritten (self holds a Lock)
import threading
from pkg.pools import pmap

class App:
    def __init__(self):
        self.k = 3
        self.lock = threading.Lock()

    def scale(self, x):
        return x * self.k

    def go(self):
        return pmap(lambda x: self.scale(x) + 1, [1, 2], kind="process")

if __name__ == "__main__":
    print(App().go())
