# shape: FlipRunner (super().__init__(use_processes=True) then self.use_processes = False) and ThreadRunner(4) whose __init__ is super().__init__(False, workers) -> thread
# OBSERVED: FALSE - ThreadRunner whose __init__ is super().__init__(False, workers) reported as process
from pkg.subs import FlipRunner, ThreadRunner

def main():
    inc = 3
    print(FlipRunner().map(lambda v: v + inc, [1, 2]))
    print(ThreadRunner(4).map(lambda v: v - inc, [1, 2]))

if __name__ == "__main__":
    main()
