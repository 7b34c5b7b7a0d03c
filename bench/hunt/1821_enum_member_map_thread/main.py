# shape: same Enum backend, Backend.THREAD.map(lambda ...) -- a thread pool, nothing to report
from pkg.backend import Backend

if __name__ == "__main__":
    suffix = "!"
    print(Backend.THREAD.map(lambda s: s.upper() + suffix, ["a", "b"]))
