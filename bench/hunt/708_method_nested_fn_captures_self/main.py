# Shape: a method hands a nested function that reads self.greeting to self.runner (process TaskRunner); self holds only picklable state
from lib import TaskRunner


class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting
        self.runner = TaskRunner(use_processes=True)

    def greet(self, who):
        def say():
            print(self.greeting, who, flush=True)

        self.runner.run(say)


if __name__ == "__main__":
    Greeter("hi").greet("bob")
