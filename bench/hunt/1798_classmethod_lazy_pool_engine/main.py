# shape: Engine keeps a lazily created ProcessPoolExecutor on a class attribute; classmethod Engine.map(fn, items) is the API; lambda
from core.engine import Engine

if __name__ == "__main__":
    base = 100
    try:
        print(Engine.map(lambda x: base + x, [1, 2]))
    finally:
        Engine.shutdown()
