# lambda assigned to name under guard and passed via Process target with constant
import multiprocessing, threading
USE_PROCS = 1
def start(target, *args):
    if USE_PROCS == 1:
        t = multiprocessing.Process(target=target, args=args)
    else:
        t = threading.Thread(target=target, args=args)
    t.start(); t.join()
if __name__ == "__main__":
    w = 3
    start(lambda x: print(x * w, flush=True), 5)
