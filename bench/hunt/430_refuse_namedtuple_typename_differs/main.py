# refuse: WRONGFIX: `work` captures `cfg`, an instance of `Settings = namedtuple("Config",
# ...)`. Forked, the child uses the closure. picklefix lifts `work` and passes `cfg` in `args`;
# pickle looks the class up as `__main__.Config`, which does not exist, so the fixed program
# dies at `p.start()` under spawn and forkserver (PicklingError).
import multiprocessing as mp
from collections import namedtuple

Settings = namedtuple("Config", "name level")


def main():
    q = mp.Queue()
    cfg = Settings("run", 2)

    def work(out, x):
        out.put(f"{cfg.name}:{x * cfg.level}")

    p = mp.Process(target=work, args=(q, 5))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
