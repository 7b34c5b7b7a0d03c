# Shape: method hands `lambda: self.handle(1)` to self.runner (process TaskRunner); self holds a threading.Lock, so passing self to the child cannot pickle
from lib.service import Service

if __name__ == "__main__":
    Service("svc").start()
