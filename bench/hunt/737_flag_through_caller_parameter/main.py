# Shape: flag through caller parameter (session 52 hunt of factories that choose by their arguments)
from lib.backends import pmap

def scaled(xs, factor, kind):
    return pmap(lambda x: x * factor, xs, kind=kind)

if __name__ == "__main__":
    print(scaled([1, 2], 3, "thread"))
    print(scaled([1, 2], 4, kind="thread"))
