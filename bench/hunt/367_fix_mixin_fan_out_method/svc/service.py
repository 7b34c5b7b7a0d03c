from svc.mixins import FanOutMixin, Named


class Service(Named, FanOutMixin):
    def describe(self):
        return "service " + self.name
