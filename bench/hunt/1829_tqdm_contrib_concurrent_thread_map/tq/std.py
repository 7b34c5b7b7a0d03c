class Progress:
    def __init__(self, iterable, total=None, desc=""):
        self.iterable = iterable
        self.total = total
        self.desc = desc
        self.n = 0

    def __iter__(self):
        for item in self.iterable:
            self.n += 1
            yield item
