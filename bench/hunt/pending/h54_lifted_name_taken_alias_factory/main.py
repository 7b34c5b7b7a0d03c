# shape: nested `work` lifted while module already has a global `work` used elsewhere; alias factory kind="cpu"
# OBSERVED: OK - finding + correct fix (renamed _main_work)
from pkg.api import pmap

def work(x):
    return "global-work"

def main():
    base = 10
    def work(x):
        return x + base
    print(pmap(work, [1, 2], kind="cpu"))
    print(globals()["work"](0))

if __name__ == "__main__":
    main()
