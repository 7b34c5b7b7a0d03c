from .pool import make_pool
