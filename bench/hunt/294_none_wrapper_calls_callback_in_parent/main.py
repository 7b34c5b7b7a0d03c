# none: `run` (prog/run.py) maps a module-level worker over a pool and calls `on_progress`
# itself, in the parent, for each result; the nested callback never reaches a worker.
from prog.run import run


def main():
    seen = []

    def on_progress(i, value):
        seen.append((i, value))

    print(run([1, 2, 3], on_progress=on_progress), sorted(seen))


if __name__ == "__main__":
    main()
