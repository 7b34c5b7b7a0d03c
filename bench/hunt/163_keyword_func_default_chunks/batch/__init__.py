from .api import process

__all__ = ["process"]
