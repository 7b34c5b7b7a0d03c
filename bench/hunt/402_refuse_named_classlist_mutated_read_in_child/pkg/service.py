from pkg.fanout import FanOutMixin


class Named:
    seen = []

    def __init__(self, name):
        self.name = name
        Named.seen.append(name)


class Service(Named, FanOutMixin):
    def run(self, items):
        return self.fan_out(lambda q, i, x: q.put((i, (x, len(Named.seen)))), items)
