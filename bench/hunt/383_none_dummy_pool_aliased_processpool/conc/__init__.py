from .mapping import pmap

__all__ = ["pmap"]
