import functools

from .core.runner import spawn

start_daemon = functools.partial(spawn, daemon=True)
