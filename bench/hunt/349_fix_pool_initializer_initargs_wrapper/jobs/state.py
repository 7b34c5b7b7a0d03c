PREFIX = ""
SCALE = 1


def tag(x):
    return f"{PREFIX}{x * SCALE}"
