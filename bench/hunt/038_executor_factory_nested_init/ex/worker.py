_UNITS = {}


def register(name, factor):
    _UNITS[name] = factor


def convert(pair):
    value, unit = pair
    return value * _UNITS[unit]
