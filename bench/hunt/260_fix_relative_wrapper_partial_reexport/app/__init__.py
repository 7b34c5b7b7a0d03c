from .api import start_daemon

__all__ = ["start_daemon"]
