# shape: timed_run(fn, xs) only reads fn.__name__ for a log label and maps a fixed module-level worker in the pool -- negative
from pkg.par import timed_run

if __name__ == "__main__":
    print(timed_run(lambda: None, [1, 2]))
