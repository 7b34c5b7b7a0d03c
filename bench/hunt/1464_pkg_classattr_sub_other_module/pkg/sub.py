from pkg.base import Runner


class ProcRunner(Runner):
    use_processes = True
