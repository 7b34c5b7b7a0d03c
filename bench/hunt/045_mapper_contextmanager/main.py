from mc.cm import mapper

if __name__ == "__main__":

    def cube(x):
        return x**3

    with mapper() as pmap:
        print(pmap(cube, range(5)))
