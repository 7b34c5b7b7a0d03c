# shape: functools.partial chain of a module-level function built in config.py, used by main through a Pool wrapper -- picklable
from etl.config import make_step
from etl.par import run_parallel

if __name__ == "__main__":
    step = make_step(scale=3)
    print(run_parallel(step, [1, 2, 3]))
