"""Shop helpers."""

from shop.workers import start

__all__ = ["start"]
