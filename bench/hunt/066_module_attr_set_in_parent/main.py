# REFUSE: the parent sets conf.settings.SCALE = 10 before the pool runs. A forked
# worker inherits that; `scaled` lifted to module level runs in a spawned worker that
# imports conf.settings afresh (SCALE = 1), so the output would change.
import conf.settings as settings
from conf.par import parmap

if __name__ == "__main__":
    settings.SCALE = 10  # e.g. from the command line

    def scaled(x):
        return x * settings.SCALE

    print(parmap(scaled, [1, 2, 3]))
