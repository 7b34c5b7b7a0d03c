# Shape: package-internal code: pipeline.py defines a nested function in a function and hands it to
# a sibling module's background-process helper (relative import), which uses Process(target=...).
from pipeline.stages import run_stage

if __name__ == "__main__":
    print(run_stage("clean", 3))
