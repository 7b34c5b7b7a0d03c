# package init turns par's USE_THREADS flag off through the sys modules entry of pkg par -> process

from pkg import par

if __name__ == "__main__":
    def square(x):
        return x * x

    print(par.pmap(square, [1, 2, 3]))
