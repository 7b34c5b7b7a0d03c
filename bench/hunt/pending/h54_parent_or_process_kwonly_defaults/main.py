# shape: parent-or-process wrapper with n_jobs=2; nested fn has defaults + kw-only args and captures two locals, one of them reassigned later
# OBSERVED: OK - finding + correct fix
from pkg.par import pmap

def main():
    a, b = 2, 5
    def f(x, scale=10, *, off=1):
        return x * a * scale + b + off
    res = pmap(f, [1, 2], n_jobs=2)
    a = 100
    print(res, a)

if __name__ == "__main__":
    main()
