from .runner import Runner

RUNNER = Runner(use_processes=True)
