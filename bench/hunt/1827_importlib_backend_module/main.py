# shape: load_backend(name) = importlib.import_module(f"pkg.backends.{name}"); main loads "process" and calls backend.run(guard_fn, items) (a Pool.map)
from pkg import load_backend

if __name__ == "__main__":
    prefix = "item-"

    def label(n):
        return f"{prefix}{n}"

    backend = load_backend("process")
    print(backend.run(label, [1, 2, 3]))
