from .pool import BatchPool
