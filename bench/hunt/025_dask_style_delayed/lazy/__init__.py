from .graph import compute, delayed
