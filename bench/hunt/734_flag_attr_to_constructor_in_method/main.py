# Shape: flag attr to constructor in method (session 52 hunt of factories that choose by their arguments)
from lib.pipeline import Pipeline

if __name__ == "__main__":
    print(Pipeline(parallel=False).run_step(lambda x: x + 1, [1, 2]))
    print(Pipeline(False).run_step(lambda x: x + 2, [1, 2]))
