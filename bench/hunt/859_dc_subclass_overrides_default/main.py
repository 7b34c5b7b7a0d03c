# shape: base dataclass defaults pool to ThreadPoolExecutor; subclass dataclass redefines the field with default_factory=ProcessPoolExecutor
# OBSERVED: MISS - no finding; the program crashes under spawn
from pkg.heavy import HeavyRunner

if __name__ == "__main__":
    k = 3

    def work(x):
        return x * k

    print(HeavyRunner().run(work, [1, 2, 3]))
