# shape: submit(fn, x) returns a Future; a lambda add_done_callback runs in the parent (must not be reported), fn is a guard fn (must be fixed)
from pkg.par import submit, close

if __name__ == "__main__":
    base = 2
    done = []

    def work(x):
        return x**base

    f = submit(work, 5)
    f.add_done_callback(lambda fut: done.append(fut.result()))
    print(f.result())
    close()
    print(done)
