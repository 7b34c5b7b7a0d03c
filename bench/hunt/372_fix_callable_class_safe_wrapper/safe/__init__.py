from .calls import safe_map

__all__ = ["safe_map"]
