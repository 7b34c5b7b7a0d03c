# shape: backend chosen by module constant in compat.py (threads on Windows, processes elsewhere); on Linux processes -- lambda
from core.compat import pmap

if __name__ == "__main__":
    print(pmap(lambda x: x * 2, [1, 2, 3]))
