# package init sets par's USE_THREADS flag to False in a tuple assignment together with a WORKERS value -> process

from pkg import par

if __name__ == "__main__":
    def square(x):
        return x * x

    print(par.pmap(square, [1, 2, 3]))
