# Shape: wrapper param rebound (session 52 hunt of factories that choose by their arguments)
from lib.backends import pmap

if __name__ == "__main__":
    print(pmap(lambda x: x + 1, [1, 2]))
    print(pmap(lambda x: x + 2, [1, 2], kind="process"))
