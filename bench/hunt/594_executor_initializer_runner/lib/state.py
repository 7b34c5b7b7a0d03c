MODE = None


def setup(mode):
    global MODE
    MODE = mode


def tag(x):
    return f"{MODE}:{x}"
