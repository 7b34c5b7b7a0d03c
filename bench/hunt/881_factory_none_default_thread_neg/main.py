# shape: factory default None -> "process", != "thread" ternary; Engine("THREAD") -> thread
# OBSERVED: OK - no finding (trivially, nothing inferred)
from pkg.pools import Engine

def main():
    scale = 4
    eng = Engine("THREAD")
    print(eng.map(lambda v: v * scale, [1, 2, 3]))
    print(Engine(kind="Thread").map(lambda v: v + scale, [1]))

if __name__ == "__main__":
    main()
