# shape: scaled(runner: Runner, k) hands a nested def that captures a threading.Lock; ProcRunner() passed -> lift would pickle the lock
from pkg.jobs import scaled
from pkg.runner import ProcRunner


if __name__ == "__main__":
    print(scaled(ProcRunner(), 3))
