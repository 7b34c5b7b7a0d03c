class Job:
    def __init__(self, fn):
        self.fn = fn

    def __call__(self, x):
        return self.fn(x)
