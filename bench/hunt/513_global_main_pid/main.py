# WRONGFIX: module global MAIN_PID = os.getpid() (import-time, process-specific) read by the lifted worker.
# Fork: 'in child 1' (child inherits parent's MAIN_PID); spawn/forkserver re-evaluate it in the child: 'in parent 1'.
import os
from multiprocessing import Process

MAIN_PID = os.getpid()

def main():
    k = 1
    def work():
        print("in child" if os.getpid() != MAIN_PID else "in parent", k, flush=True)
    p = Process(target=work)
    p.start(); p.join()

if __name__ == "__main__":
    main()
