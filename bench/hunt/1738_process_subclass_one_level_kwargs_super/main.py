# shape: JobProc(mp.Process) in pkg/jobs.py stores job and forwards **kwargs to super().__init__; run() calls job; lambda under guard
from pkg.jobs import JobProc

if __name__ == "__main__":
    who = "world"
    p = JobProc(lambda: print("hi", who, flush=True), name="j1")
    p.start()
    p.join()
    print("code", p.exitcode)
