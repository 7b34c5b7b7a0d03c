# nested closure inside main() passed to wrapper that starts multiprocessing.Process when USE_PROCS constant is True
import multiprocessing, threading
USE_PROCS = True
def start(target):
    t = multiprocessing.Process(target=target) if USE_PROCS else threading.Thread(target=target)
    t.start(); t.join()
def main():
    k = 3
    def g(): print("k", k * 2, flush=True)
    k = 4
    start(g)
if __name__ == "__main__":
    main()
