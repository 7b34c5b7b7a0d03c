from .parallel import Parallel

__all__ = ["Parallel"]
