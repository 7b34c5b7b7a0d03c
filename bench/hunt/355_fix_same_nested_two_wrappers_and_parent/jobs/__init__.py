from .child import call_in_child
from .spawning import start

__all__ = ["call_in_child", "start"]
