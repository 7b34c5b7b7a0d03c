# SHAPE: dependency injection - pkg.runner.Runner(executor) stores the executor it is given; main builds it with pkg.pools.cpu_executor() (a ProcessPoolExecutor) and calls runner.run(fn, xs)
# OBSERVED: OK - correct
from pkg.pools import cpu_executor
from pkg.runner import Runner

if __name__ == "__main__":
    exp = 3

    def power(x):
        return x ** exp

    with cpu_executor() as ex:
        print(Runner(ex).run(power, [1, 2]))
