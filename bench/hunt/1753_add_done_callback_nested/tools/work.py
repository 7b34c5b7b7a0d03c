def crunch(x):
    return x ** 3
