# shape: DiscreteVariablesTaskForce/DiscreteSamplingFramework discretesampling/base/executor.py -- serial base Executor.map (no processes)
from pkg.executor import Executor

def main():
    ex = Executor()
    shift = 7
    return ex.map(lambda v: v + shift, [1, 2, 3])

if __name__ == "__main__":
    print(main())
