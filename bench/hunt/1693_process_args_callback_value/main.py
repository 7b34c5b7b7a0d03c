# shape: spawn_with_callback(worker, cb) -> Process(target=worker, args=(cb,)); worker is a module-level fn in pkg, cb a guard fn (args slot)
from pkg.spawn import spawn_with_callback, worker

if __name__ == "__main__":
    label = "got"

    def report(x):
        print(label, x, flush=True)

    spawn_with_callback(worker, report)
    print("done")
