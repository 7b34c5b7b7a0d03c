from .drain import collect

__all__ = ["collect"]
