# par configure function with a global statement turns threads off, called from main before pmap -> process
from pkg import par

if __name__ == "__main__":
    def square(x):
        return x * x

    par.configure(threads=False)
    print(par.pmap(square, [1, 2, 3]))
