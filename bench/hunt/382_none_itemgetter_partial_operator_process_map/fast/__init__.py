from fast.pmap import pmap

__all__ = ["pmap"]
