# closure in a loop inside main(), late-bound loop var, started via Process wrapper (constant True)
import multiprocessing, threading
USE_PROCS = True
def start(target):
    t = multiprocessing.Process(target=target) if USE_PROCS else threading.Thread(target=target)
    t.start(); t.join()
def main():
    for k in (2, 3):
        def g(): print("k", k, flush=True)
        start(g)
if __name__ == "__main__":
    main()
