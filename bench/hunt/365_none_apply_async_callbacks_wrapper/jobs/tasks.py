def square(x):
    if x < 0:
        raise ValueError(x)
    return x * x
