# package init rebinds par's USE_THREADS flag to False by using it as a for-loop target over a one-item tuple -> process

from pkg import par

if __name__ == "__main__":
    def square(x):
        return x * x

    print(par.pmap(square, [1, 2, 3]))
