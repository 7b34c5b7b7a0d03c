# Shape: Runner(processes=True, initializer=setup, initargs=...) stores the initializer on self; setup is defined under the guard
from lib import state
from lib.runner import Runner
from lib.tasks import shifted

if __name__ == "__main__":
    def setup(offset):
        state.OFFSET = offset

    runner = Runner(processes=True, initializer=setup, initargs=(100,))
    print(runner.map(shifted, [1, 2, 3]), flush=True)
