from .par import parmap

def apply_all(transform, records):
    return parmap(transform, records)
