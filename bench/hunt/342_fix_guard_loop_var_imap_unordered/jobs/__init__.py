from .run import unordered

__all__ = ["unordered"]
