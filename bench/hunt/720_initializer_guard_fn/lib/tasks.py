from . import state


def shifted(x):
    return x + state.OFFSET
