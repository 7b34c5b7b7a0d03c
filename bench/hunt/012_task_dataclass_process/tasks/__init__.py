from .model import Task
from .runner import run_tasks
