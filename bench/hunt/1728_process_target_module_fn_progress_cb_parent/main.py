# shape: run_all(worker, xs, on_progress) -- worker module-level goes to Process, on_progress lambda is called in the parent after each join -- negative
from pkg.runner import run_all


def worker(x):
    pass


if __name__ == "__main__":
    seen = []
    run_all(worker, [1, 2, 3], on_progress=lambda i, n: seen.append(f"{i}/{n}"))
    print(seen)
