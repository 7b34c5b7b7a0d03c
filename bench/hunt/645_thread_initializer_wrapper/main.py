# Shape (negative): wrapper forwards initializer= to a ThreadPoolExecutor; caller passes a lambda initializer and a lambda task.
import threading
from lib.par import tmap

if __name__ == "__main__":
    local = threading.local()
    print(tmap(lambda x: x + 1, [1, 2], init=lambda: setattr(local, "ready", True)))
