from .engine import Engine as Executor

__all__ = ["Executor"]
