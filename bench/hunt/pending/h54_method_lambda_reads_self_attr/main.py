# shape: method lambda reads self.k, self holds a threading.Lock; fix may bind k=self.k instead of self
# OBSERVED: OK - finding + correct fix (binds k=self.k)
import threading
from pkg.pools import pmap

class App:
    def __init__(self):
        self.k = 3
        self.lock = threading.Lock()

    def go(self):
        return pmap(lambda x: x * self.k, [1, 2], kind="process")

if __name__ == "__main__":
    print(App().go())
