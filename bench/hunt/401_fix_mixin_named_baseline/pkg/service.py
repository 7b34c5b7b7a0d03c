from pkg.naming import Named
from pkg.fanout import FanOutMixin


class Service(Named, FanOutMixin):
    def run(self, items, k):
        return self.fan_out(lambda q, i, x: q.put((i, x * k)), items)
