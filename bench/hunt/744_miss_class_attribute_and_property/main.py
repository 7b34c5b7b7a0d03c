# Shape: miss class attribute and property (session 52 hunt of factories that choose by their arguments)
from lib.runner import Runner, ProcRunner, PropRunner

if __name__ == "__main__":
    def inc(x):
        return x + 1
    def dbl(x):
        return x * 2
    print(Runner().map(inc, [1, 2]))
    print(ProcRunner().map(inc, [1, 2]))
    print(PropRunner("process").map(dbl, [1, 2]))
