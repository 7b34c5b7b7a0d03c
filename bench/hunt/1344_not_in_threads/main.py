# chain uses not in over the thread spellings to pick processes, else threads; caller passes threads with a lambda -> thread
from pkg.par import pmap

if __name__ == "__main__":
    print(pmap(lambda x: x * x, [1, 2, 3], backend="threads"))
