# Shape: runner passed as argument (session 52 hunt of factories that choose by their arguments)
from lib.pipeline import Pipeline, run_with
from lib.runner import Runner

if __name__ == "__main__":
    print(Pipeline(Runner(False)).run_step(lambda x: x + 1, [1, 2]))
    print(run_with(Runner(), lambda x: x + 2, [1, 2]))
