class Config:
    def __init__(self, normalize):
        self.normalize = normalize
