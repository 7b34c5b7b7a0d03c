from .api import process_all

__all__ = ["process_all"]
