# shape: lambdas built in a loop capture the loop variable and are started after the loop through a wrapper -- late binding: every child sees the last value
from bg.runner import make_proc

if __name__ == "__main__":
    procs = []
    for i in range(3):
        procs.append(make_proc(lambda: print("child", i, flush=True)))
    for p in procs:
        p.start()
        p.join()
    print("done")
