import multiprocessing as mp


class JobProc(mp.Process):
    def __init__(self, job, **kwargs):
        super().__init__(**kwargs)
        self.job = job

    def run(self):
        self.job()
