# package init assigns False to the imported par module's USE_THREADS flag before a ternary picks the pool -> process

from pkg import par

if __name__ == "__main__":
    def square(x):
        return x * x

    print(par.pmap(square, [1, 2, 3]))
