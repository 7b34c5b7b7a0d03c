# WRONGFIX: `files = Path.cwd().glob("*.py")` captured: a path made by the classmethods
# Path.cwd()/Path.home() is not followed to its glob() generator: "cannot pickle 'generator'".
from pathlib import Path
import multiprocessing as mp

if __name__ == "__main__":
    files = Path.cwd().glob("*.py")

    def work(x):
        return type(files).__name__ + str(x)

    with mp.Pool(2) as p:
        print(p.map(work, [1, 2]))
