# shape: ParamRunner() default False; ArgsRunner(workers=1) and ArgsRunner(False) -> thread
# OBSERVED: FALSE - all four thread callers of ParamRunner/ArgsRunner reported (subclass super() args never evaluated)
from pkg.subs import ParamRunner, ArgsRunner

def main():
    inc = 3
    print(ParamRunner().map(lambda v: v + inc, [1, 2]))
    print(ArgsRunner(workers=1).map(lambda v: v * inc, [1, 2]))
    print(ArgsRunner(False).map(lambda v: v * inc, [3]))
    print(ParamRunner(procs=0.0).map(lambda v: v * inc, [4]))

if __name__ == "__main__":
    main()
