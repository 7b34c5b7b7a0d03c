from . import state


def lookup(key):
    return state.TABLE[key]
