from .tasks import TaskRunner
