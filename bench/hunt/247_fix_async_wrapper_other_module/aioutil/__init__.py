from .runner import amap

__all__ = ["amap"]
