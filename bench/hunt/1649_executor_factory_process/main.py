# shape: MapBackendFactory / get_backend(name) pattern (code-corpus 'class MapBackendFactory ... _backends = {threading:..., multiprocessing:...}') reduced to a factory returning an executor by kind
from pkg.exec import get_executor

if __name__ == "__main__":
    k = 4
    with get_executor("process") as ex:
        print(list(ex.map(lambda x: x * k, [1, 2])))
