from tasks.background import run_in_background

__all__ = ["run_in_background"]
