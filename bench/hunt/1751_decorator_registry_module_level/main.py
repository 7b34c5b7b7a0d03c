# shape: registry dict filled by a decorator in tasks.py (module-level functions), runner submits REGISTRY[name] to a process pool -- picklable, nothing to report
from pipeline import tasks  # noqa: F401  (registers)
from pipeline.registry import run_named

if __name__ == "__main__":
    print(run_named(["square", "negate"], 6))
