_HANDLERS = {}


def register(name):
    def deco(fn):
        _HANDLERS[name] = fn
        return fn

    return deco


def handlers():
    return sorted(_HANDLERS.items())
