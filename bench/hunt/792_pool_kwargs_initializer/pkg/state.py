_TAG = None


def configure(tag):
    global _TAG
    _TAG = tag


def read(x):
    return f"{_TAG}{x}"
