from .runners import ProcessRunner, Runner
