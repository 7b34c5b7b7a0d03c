from .runner import Runner

default_runner = Runner(workers=2)

__all__ = ["Runner", "default_runner"]
