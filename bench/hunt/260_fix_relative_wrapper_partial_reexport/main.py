# fix: `start_daemon`, re-exported by app/__init__.py, is a module-level functools.partial of
# `spawn` (app/core/runner.py, reached by a relative import), which forwards *args to Process.
import multiprocessing as mp

from app import start_daemon


def main():
    q = mp.Queue()
    greeting = "hi"
    p = start_daemon(lambda out, name: out.put(f"{greeting} {name}"), q, "ann")
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
