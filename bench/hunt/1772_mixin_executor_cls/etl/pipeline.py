from .base import BasePipeline
from .mixins import ParallelMixin


class Pipeline(ParallelMixin, BasePipeline):
    pass
