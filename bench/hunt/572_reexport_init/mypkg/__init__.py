from .core.parallel import pmap

__all__ = ["pmap"]
