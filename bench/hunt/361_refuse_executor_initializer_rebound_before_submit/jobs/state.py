LEVEL = 0


def level_of(x):
    return (x, LEVEL)
