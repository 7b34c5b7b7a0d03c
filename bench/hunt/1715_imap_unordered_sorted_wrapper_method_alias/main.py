# shape: `m = runner.unordered` bound-method alias of a wrapper method (imap_unordered) then m(fn, xs); guard fn
from pkg.runner import Runner

if __name__ == "__main__":
    ex = 3

    def cube(x):
        return x**ex

    runner = Runner()
    m = runner.unordered
    print(sorted(m(cube, [1, 2, 3])))
