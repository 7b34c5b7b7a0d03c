# Shape: attr reassigned to thread elsewhere (session 52 hunt of factories that choose by their arguments)
from lib.backends import Runner

if __name__ == "__main__":
    print(Runner(kind="thread").map(lambda x: x + 1, [1, 2]))
    print(Runner().threads().map(lambda x: x + 2, [1, 2]))
