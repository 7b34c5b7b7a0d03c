FAST = object()
SAFE = object()


def describe(mode):
    if mode is FAST:
        return "fast"
    if mode is SAFE:
        return "safe"
    return "unknown"
