# Shape: classmethod constructor Runner.processes(); guard function
from lib.runner import Runner

if __name__ == "__main__":
    def sq(x):
        return x * x

    runner = Runner.processes()
    print(runner.map(sq, [1, 2, 3]), flush=True)
