# package init bumps par's int MODE with augmented assignment; pmap picks threads only for MODE zero -> process

from pkg import par

if __name__ == "__main__":
    def square(x):
        return x * x

    print(par.pmap(square, [1, 2, 3]))
