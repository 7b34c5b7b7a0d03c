from .impl import pmap as parallel_map

__all__ = ["parallel_map"]
