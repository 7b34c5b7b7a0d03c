# Shape: @dataclass Config(processes: bool = True) passed to Runner, read as self.config.processes; guard function
from lib import Config, Runner

if __name__ == "__main__":
    def sq(x):
        return x * x

    print(Runner(Config()).map(sq, [1, 2, 3]), flush=True)
