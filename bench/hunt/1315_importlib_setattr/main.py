# package init calls setattr with a literal name on the module returned by importlib import_module to turn threads off -> process

from pkg import par

if __name__ == "__main__":
    def square(x):
        return x * x

    print(par.pmap(square, [1, 2, 3]))
