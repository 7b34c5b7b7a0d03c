try:
    from ._speedups import pmap
except ImportError:
    from ._pure import pmap

__all__ = ["pmap"]
