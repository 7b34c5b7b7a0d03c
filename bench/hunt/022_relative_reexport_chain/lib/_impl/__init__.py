from .pool import _pmap as pmap

__all__ = ["pmap"]
