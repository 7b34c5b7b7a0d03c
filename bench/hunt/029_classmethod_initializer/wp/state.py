CONFIG = {}


def configured_value(key):
    return key, CONFIG.get(key, 0) * 2
