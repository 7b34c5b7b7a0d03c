# Shape: callsite star args literals (session 52 hunt of factories that choose by their arguments)
from lib.backends import pmap

if __name__ == "__main__":
    opts = {"kind": "thread"}
    print(pmap(lambda x: x + 1, [1, 2], **opts))
    print(pmap(lambda x: x + 2, *([1, 2], "thread")))
    print(pmap(lambda x: x + 3, [1, 2], **{"kind": "thread"}))
