# WRONGFIX: nested fn reads globals()['__name__']. Fork: 'g __main__ 1'; spawn/forkserver: 'g __mp_main__ 1'.
from multiprocessing import Process

def main():
    k = 1
    def work():
        print("g", globals()["__name__"], k, flush=True)
    p = Process(target=work)
    p.start(); p.join()

if __name__ == "__main__":
    main()
