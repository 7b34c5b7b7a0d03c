# refuse: `init` fills the guard global `resources` in each worker and `task` reads it
# there; under fork both share the worker's copy, but lifted functions would each get
# their own pickled copy of `resources`, so `task` would find it empty.
import multiprocessing

if __name__ == "__main__":
    resources = {}

    def init(name):
        resources["prefix"] = name.upper()

    def task(x):
        return f"{resources['prefix']}-{x}"

    with multiprocessing.Pool(2, initializer=init, initargs=("db",)) as pool:
        print(pool.map(task, [1, 2, 3]))
