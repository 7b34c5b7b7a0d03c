# shape: pkg/__init__.py re-exports ProcRunner and scaled; main imports them from pkg
from pkg import ProcRunner, scaled


if __name__ == "__main__":
    print(scaled(ProcRunner(), 3))
