# Process(target=lambda) via wrapper, USE_PROCS=False -> thread, must not report
import multiprocessing, threading
USE_PROCS = False
def start(target):
    t = multiprocessing.Process(target=target) if USE_PROCS else threading.Thread(target=target)
    t.start(); t.join()
if __name__ == "__main__":
    for i in range(2):
        start(lambda: print("hi", i, flush=True))
