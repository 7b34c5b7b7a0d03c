# shape: ParamRunner(procs=True) passes own param to super; ArgsRunner(True) *args/**kwargs -> process
# OBSERVED: OK - finding + correct fix
from pkg.subs import ParamRunner, ArgsRunner

def main():
    inc = 3
    print(ParamRunner(procs=True).map(lambda v: v + inc, [1, 2]))
    print(ArgsRunner(True, workers=1).map(lambda v: v * inc, [1, 2]))

if __name__ == "__main__":
    main()
