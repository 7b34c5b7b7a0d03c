# Shape: instance attr set after construction (session 52 hunt of factories that choose by their arguments)
from lib.runner import Runner

if __name__ == "__main__":
    r = Runner(use_processes=True)
    r.use_processes = False
    print(r.map(lambda x: x + 1, [1, 2]))
