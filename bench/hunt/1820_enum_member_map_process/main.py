# shape: an Enum whose method map(fn, items) picks ProcessPoolExecutor for Backend.PROCESS; main calls Backend.PROCESS.map(lambda ...)
from pkg.backend import Backend

if __name__ == "__main__":
    suffix = "!"
    print(Backend.PROCESS.map(lambda s: s.upper() + suffix, ["a", "b"]))
