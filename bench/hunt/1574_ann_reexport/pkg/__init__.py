from .jobs import scaled
from .runner import ProcRunner, Runner

__all__ = ["ProcRunner", "Runner", "scaled"]
