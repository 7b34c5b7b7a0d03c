"""Engine helpers."""

from engine.parallel import parallel_map

__all__ = ["parallel_map"]
