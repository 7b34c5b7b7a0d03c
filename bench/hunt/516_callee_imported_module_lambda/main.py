# WRONGFIX + NOT IDEMPOTENT: Process(target=lambda: square(n)) where helpers.square is a module-level lambda.
# Fix 1 hands square straight over: Process(target=square, args=(n,)) -> spawn/forkserver crash PicklingError (attribute lookup <lambda> on helpers failed).
# Fork original: 'square 9'. A second --fix then rewrites helpers.py (square -> def), i.e. the second run changes more.
from helpers import square
from multiprocessing import Process

def main():
    n = 3
    p = Process(target=lambda: square(n))
    p.start(); p.join()
    print("exit", p.exitcode)

if __name__ == "__main__":
    main()
