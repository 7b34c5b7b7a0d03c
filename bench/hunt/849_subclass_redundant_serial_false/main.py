# shape: subclass sets workers and (redundantly) serial = False, another attribute the base method reads -> still process
# OBSERVED: MISS - no finding; the program crashes under spawn
from pkg.small import Small

if __name__ == "__main__":
    k = 3

    def work(x):
        return x * k

    print(Small().run(work, [1, 2, 3]))
