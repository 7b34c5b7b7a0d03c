from .base import Runner
from .mixins import ProcessPoolMixin


class ProcessRunner(ProcessPoolMixin, Runner):
    pass
