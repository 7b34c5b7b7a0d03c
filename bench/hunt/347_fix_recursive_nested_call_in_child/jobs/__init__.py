from .child import call_in_child
