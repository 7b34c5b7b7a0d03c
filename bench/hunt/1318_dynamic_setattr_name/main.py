# package init applies a settings dict to par with setattr in a loop over names and values, turning threads off -> process

from pkg import par

if __name__ == "__main__":
    def square(x):
        return x * x

    print(par.pmap(square, [1, 2, 3]))
