# shape: Runner(executor_factory=functools.partial(ProcessPoolExecutor, 2)); self._factory() in method
# OBSERVED: OK - finding + correct fix
import functools
from concurrent.futures import ProcessPoolExecutor
from pkg.runner import Runner

def main():
    bias = 100
    r = Runner(executor_factory=functools.partial(ProcessPoolExecutor, 2))
    print(r.run(lambda x: x + bias, [1, 2]))

if __name__ == "__main__":
    main()
