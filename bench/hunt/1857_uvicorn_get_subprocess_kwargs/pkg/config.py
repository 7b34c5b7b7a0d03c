class Config:
    def __init__(self, workers=1):
        self.workers = workers

    def configure_logging(self):
        pass
