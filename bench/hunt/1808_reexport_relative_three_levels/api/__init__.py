from .core.parallel import fast_map

__all__ = ["fast_map"]
