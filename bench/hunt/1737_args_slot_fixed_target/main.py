# shape: run_with(cb) -> Process(target=_drive, args=(cb,)) with a fixed module-level target in pkg; cb is a guard fn (args slot only)
from pkg.spawn import run_with

if __name__ == "__main__":
    label = "got"

    def report(x):
        print(label, x, flush=True)

    run_with(report)
    print("done")
