from .proc import run_in_process

__all__ = ["run_in_process"]
