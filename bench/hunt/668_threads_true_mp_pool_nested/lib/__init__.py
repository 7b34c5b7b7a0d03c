from .executor import Executor
