# Shape: miss staticmethod and is true factories (session 52 hunt of factories that choose by their arguments)
from lib.backends import Executors, make_executor

if __name__ == "__main__":
    def inc(x):
        return x + 1
    with Executors.make("process") as ex:
        print(list(ex.map(inc, [1, 2])))
    with make_executor(True) as ex:
        print(list(ex.map(inc, [1, 2])))
