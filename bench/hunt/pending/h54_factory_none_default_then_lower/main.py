# shape: factory default None -> "process", != "thread" ternary; Engine() method wrapper with no args
# OBSERVED: MISS - `if kind is None: kind = "process"` followed by `kind = kind.lower()` makes the factory uninferable; no finding
from pkg.pools import Engine

def main():
    scale = 4
    eng = Engine()
    print(eng.map(lambda v: v * scale, [1, 2, 3]))

if __name__ == "__main__":
    main()
