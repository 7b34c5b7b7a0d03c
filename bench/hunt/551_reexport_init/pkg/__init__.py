from .base import Runner
from .process import ProcessRunner

__all__ = ["Runner", "ProcessRunner"]
