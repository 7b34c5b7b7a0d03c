# WRONGFIX: captured open file obtained from a cross-file factory (log = open_log()).
# Fork: 'writing to TextIOWrapper'. Fixed: spawn/forkserver crash: TypeError: cannot pickle '_io.TextIOWrapper' object.
from helpers import open_log
from multiprocessing import Process

def main():
    log = open_log()
    def work():
        print("writing to", type(log).__name__, flush=True)
    p = Process(target=work)
    p.start(); p.join()
    print("exit", p.exitcode)

if __name__ == "__main__":
    main()
