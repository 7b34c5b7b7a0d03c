from .subproc import call_in_subprocess

__all__ = ["call_in_subprocess"]
