# Shape: runner from helper function (session 52 hunt of factories that choose by their arguments)
from lib.runner import thread_runner, make_runner

if __name__ == "__main__":
    print(thread_runner().map(lambda x: x + 1, [1, 2]))
    r = make_runner()
    print(r.map(lambda x: x + 2, [1, 2]))
