# shape: pool choice by class attribute; ProcRunner overrides use_processes = True; imported under alias, stored in variable
# OBSERVED: MISS - subclass overriding class attribute use_processes = True: no finding
from pkg.base import ProcRunner as PR

def main():
    k = 2
    r = PR()
    print(r.map(lambda x: x * k, [1, 2]))

if __name__ == "__main__":
    main()
