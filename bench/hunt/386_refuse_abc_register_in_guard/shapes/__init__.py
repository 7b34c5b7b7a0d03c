from shapes.base import Shape
from shapes.kinds import Blob, Square
from shapes.run import run_each

__all__ = ["Blob", "Shape", "Square", "run_each"]
