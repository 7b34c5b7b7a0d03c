class Progress:
    def __init__(self, iterable, fmt):
        self.iterable = iterable
        self.fmt = fmt

    def __iter__(self):
        n = 0
        for item in self.iterable:
            n += 1
            yield item
        print(self.fmt(n), flush=True)
