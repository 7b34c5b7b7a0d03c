from .dispatch import _dispatch


def batched(fn, items, size=2):
    out = []
    for i in range(0, len(items), size):
        out.extend(_dispatch(fn, items[i:i + size]))
    return out
