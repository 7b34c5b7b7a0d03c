# shape: pool choice by class attribute; base Runner (use_processes = False) used directly
# OBSERVED: FALSE - base class attribute use_processes = False: Runner().map reported as process
from pkg.base import Runner

def main():
    k = 2
    r = Runner()
    print(r.map(lambda x: x * k, [1, 2]))

if __name__ == "__main__":
    main()
