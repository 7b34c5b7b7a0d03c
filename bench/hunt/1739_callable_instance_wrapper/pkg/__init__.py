from .par import pmap

__all__ = ["pmap"]
