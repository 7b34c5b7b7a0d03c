from .runner import Runner


class ProcRunner(Runner):
    use_processes = True
