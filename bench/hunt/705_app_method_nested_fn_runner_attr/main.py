# Shape: class in main keeps self.runner = TaskRunner(use_processes=True); a method hands a nested function (captures a parameter, not self) to self.runner.run
from lib import TaskRunner


class Announcer:
    def __init__(self, parallel=True):
        self.runner = TaskRunner(use_processes=parallel)

    def announce(self, who):
        def say(n):
            print("announce", who, n, flush=True)

        for n in range(2):
            self.runner.run(say, n)


if __name__ == "__main__":
    Announcer().announce("alice")
