from .queue import TaskQueue
