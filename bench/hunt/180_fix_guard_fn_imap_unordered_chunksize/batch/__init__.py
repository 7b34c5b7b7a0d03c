from .runner import run_unordered

__all__ = ["run_unordered"]
