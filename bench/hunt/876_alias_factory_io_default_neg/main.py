# shape: self-aliasing factory (io -> make_executor(kind="thread")), caller uses default kind="io"
# OBSERVED: OK - no finding
from pkg.api import pmap

def main():
    base = 10
    def add(x):
        return x + base
    print(pmap(add, [1, 2, 3]))
    print(pmap(add, [4], kind="io"))

if __name__ == "__main__":
    main()
