# shape: ProcRunner(Runner) whose __init__ only calls super().__init__(use_processes=True) across files; ProcRunner(workers=2).map
# OBSERVED: OK - finding + correct fix
from pkg.subs import ProcRunner

def main():
    inc = 3
    print(ProcRunner(workers=2).map(lambda v: v + inc, [1, 2]))

if __name__ == "__main__":
    main()
