# shape: background(fn) in pkg/bg.py (Process(target=fn).start(); returns p); lambda reads a guard dict
from pkg import bg

if __name__ == "__main__":
    cfg = {"a": 1, "b": 2}
    p = bg.background(lambda: print(sorted(cfg.items()), flush=True))
    p.join()
    print("ok")
