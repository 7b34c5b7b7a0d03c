# shape: subclass sets serial = True, which the base method reads -> callable only called in the parent
# OBSERVED: OK - no finding (correct)
from pkg.small import Inline

if __name__ == "__main__":
    k = 3

    def work(x):
        return x * k

    print(Inline().run(work, [1, 2, 3]))
