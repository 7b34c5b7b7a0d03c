# Shape: Runner(init=...) passes initializer to ProcessPoolExecutor; caller gives a lambda initializer.
from lib import state
from lib.runner import Runner

if __name__ == "__main__":
    cfg = {"mode": "fast"}
    r = Runner(init=lambda: state.setup(cfg["mode"]))
    print(r.map(state.tag, [1, 2]))
