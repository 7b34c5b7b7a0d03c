from .launch import Runner, fire

__all__ = ["Runner", "fire"]
