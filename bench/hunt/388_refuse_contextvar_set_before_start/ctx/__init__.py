from ctx.state import request_id
from ctx.spawn import run_task

__all__ = ["request_id", "run_task"]
