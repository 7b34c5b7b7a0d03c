# shape: subclasses that keep base default use_processes=False (empty subclass; super().__init__(use_processes=False)) -> thread
# OBSERVED: FALSE - empty subclass / super().__init__(use_processes=False) of a thread-default base reported as process
from pkg.subs import ThreadRunner, QuietRunner

def main():
    inc = 3
    print(ThreadRunner().map(lambda v: v + inc, [1, 2]))
    print(QuietRunner(workers=3).map(lambda v: v * inc, [1, 2]))

if __name__ == "__main__":
    main()
