# REFUSE: Settings.load() changes a class attribute in the parent before the pool runs.
# A forked worker sees precision = 4; `fmt` lifted to module level would run in a
# spawned worker where cfgr.config is imported afresh and precision is 2.
from cfgr.config import Settings
from cfgr.par import parallel_map

if __name__ == "__main__":
    Settings.load({"precision": 4})

    def fmt(x):
        return round(x / 3, Settings.precision)

    print(parallel_map(fmt, [1, 2, 10]))
