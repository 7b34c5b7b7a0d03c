from .runner import Runner

Runner.use_processes = True
