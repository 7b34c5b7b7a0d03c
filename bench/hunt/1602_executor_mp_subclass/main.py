# shape: DiscreteVariablesTaskForce/DiscreteSamplingFramework discretesampling/base/executor.py -- Executor_MP(Executor).map(self, f, *inputs) over Pool.map
from pkg.executor import Executor_MP

def main():
    ex = Executor_MP(2)
    shift = 7
    return ex.map(lambda v: v + shift, [1, 2, 3])

if __name__ == "__main__":
    print(main())
