def transform(x, scale, offset):
    return x * scale + offset
