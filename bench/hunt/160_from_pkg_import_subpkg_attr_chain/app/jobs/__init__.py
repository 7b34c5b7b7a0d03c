from . import pool

__all__ = ["pool"]
