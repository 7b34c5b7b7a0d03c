# refuse: pmap rejects anything but a plain function (inspect.isfunction); the guard def reads the guard's `k`, so a lift has to bind it (functools.partial), which pmap then rejects with TypeError
from pkg.par import pmap

if __name__ == "__main__":
    k = 4

    def times(x):
        return x * k

    print(pmap(times, [1, 2]))
