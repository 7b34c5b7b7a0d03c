# shape: subclass dataclass defaults pool to ThreadPoolExecutor but the caller passes a ProcessPoolExecutor positionally
# OBSERVED: MISS - no finding; the program crashes under spawn
from concurrent.futures import ProcessPoolExecutor
from pkg.runner import LightRunner

if __name__ == "__main__":
    k = 3

    def work(x):
        return x * k

    print(LightRunner(ProcessPoolExecutor(2)).run(work, [1, 2, 3]))
