# Process(target=lambda) capturing a loop variable; USE_PROCS constant False means threads
import multiprocessing, threading
USE_PROCS = True
def start(target):
    t = multiprocessing.Process(target=target) if USE_PROCS else threading.Thread(target=target)
    t.start(); t.join()
    return t
if __name__ == "__main__":
    for i in range(2):
        start(lambda: print("hi", i, flush=True))
