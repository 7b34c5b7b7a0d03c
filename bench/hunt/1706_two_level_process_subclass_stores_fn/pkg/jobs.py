from .base import BaseProc


class JobProc(BaseProc):
    def __init__(self, job, name=None):
        super().__init__(name=name)
        self.job = job

    def run(self):
        self.job()
