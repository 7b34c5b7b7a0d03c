from .fan import fan_out
from .fmt import Wrapper

__all__ = ["Wrapper", "fan_out"]
