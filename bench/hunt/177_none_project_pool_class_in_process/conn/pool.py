class Pool:
    """A tiny pool of reusable database connections (no processes involved)."""

    def __init__(self, size=2):
        self._free = [f"conn{i}" for i in range(size)]

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._free.clear()
        return False

    def map(self, fn, items):
        results = []
        for i, item in enumerate(items):
            conn = self._free[i % len(self._free)]
            results.append(fn(conn, item))
        return results
