# shape: JobProc(BaseProc(mp.Process)) in another module stores job in __init__ and calls it in run(); lambda job under guard
from pkg.jobs import JobProc

if __name__ == "__main__":
    who = "world"
    p = JobProc(job=lambda: print("hi", who, flush=True))
    p.start()
    p.join()
    print("code", p.exitcode)
