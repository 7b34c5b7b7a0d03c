from .manager import JobManager

__all__ = ["JobManager"]
