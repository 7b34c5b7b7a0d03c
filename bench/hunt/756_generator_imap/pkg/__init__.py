from .stream import iter_results

__all__ = ["iter_results"]
