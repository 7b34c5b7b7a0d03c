# WRONGFIX: Process(target=lambda: work(n)) where helpers.work is decorated (@logged, wrapper without functools.wraps) in another file.
# Fix hands work over directly -> spawn/forkserver crash: Can't pickle local object 'logged.<locals>.wrapper'. Fork: 'call work / work 3'.
# Same-file decorator (081) is handled correctly via a _main_target wrapper.
from helpers import work
from multiprocessing import Process

def main():
    n = 3
    p = Process(target=lambda: work(n))
    p.start(); p.join()
    print("exit", p.exitcode)

if __name__ == "__main__":
    main()
