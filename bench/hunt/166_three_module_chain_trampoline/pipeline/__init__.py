from .api import apply

__all__ = ["apply"]
