import functools


def tagged(tag):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **kw):
            return (tag, fn(*a, **kw))
        return wrapper
    return deco
