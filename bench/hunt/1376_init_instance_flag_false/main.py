# Runner init sets the instance flag use_processes to the literal False and nothing ever changes it; lambda to map -> thread
from pkg.runner import Runner

if __name__ == "__main__":
    print(Runner().map(lambda x: x * x, [1, 2, 3]))
