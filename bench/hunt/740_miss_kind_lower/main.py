# Shape: miss kind lower (session 52 hunt of factories that choose by their arguments)
from lib.backends import pmap

if __name__ == "__main__":
    def inc(x):
        return x + 1
    print(pmap(inc, [1, 2], kind="Process"))
