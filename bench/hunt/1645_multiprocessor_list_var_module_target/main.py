# shape: Multiprocessor (see 0042) reduced to a function: args list built in a variable, module-level target
from pkg.mpr import run

def main():
    base = 1000
    return run(lambda a, b=0: base + a + b, 5, b=6)

if __name__ == "__main__":
    print(main())
