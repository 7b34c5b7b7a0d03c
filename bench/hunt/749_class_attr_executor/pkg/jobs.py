from .base import BaseJobs


class CpuJobs(BaseJobs):
    workers = 2
