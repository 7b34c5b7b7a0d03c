# shape: lambda captures a name rebound after the Process is built by a helper but before start() -- fork child prints the new value; a lift passing it at construction would print the old
from bg.runner import make_proc

if __name__ == "__main__":
    mode = "draft"
    p = make_proc(lambda: print("mode", mode, flush=True))
    mode = "final"
    p.start()
    p.join()
    print("done")
