try:
    from loky import ProcessPoolExecutor  # optional, more robust backend
except ImportError:
    from concurrent.futures import ProcessPoolExecutor

__all__ = ["ProcessPoolExecutor"]
