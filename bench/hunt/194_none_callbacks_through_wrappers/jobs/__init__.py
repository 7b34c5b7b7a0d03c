from .fan import fan_out, submit_with_callback
