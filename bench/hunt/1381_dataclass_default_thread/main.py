# dataclass Runner with use_processes defaulting to False, constructed with no arguments; lambda to map -> thread
from pkg.runner import Runner

if __name__ == "__main__":
    print(Runner().map(lambda x: x * x, [1, 2, 3]))
