from pkg.fanout import FanOutMixin

SEEN = []

class Service(FanOutMixin):
    def __init__(self, name):
        self.name = name
        SEEN.append(name)

    def run(self, items):
        return self.fan_out(lambda q, i, x: q.put((i, (x, len(SEEN)))), items)
