_PREFIX = None


def set_prefix(prefix):
    global _PREFIX
    _PREFIX = prefix


def label(n):
    return f"{_PREFIX}-{n}"
