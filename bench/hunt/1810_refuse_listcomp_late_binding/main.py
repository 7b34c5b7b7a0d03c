# shape: list comprehension builds processes via a helper with lambdas capturing the comprehension variable; all started afterwards -- one shared cell, every child prints the last value
from bg.runner import make_proc

if __name__ == "__main__":
    procs = [make_proc(lambda: print("shard", i, flush=True)) for i in range(3)]
    for p in procs:
        p.start()
        p.join()
    print("done")
