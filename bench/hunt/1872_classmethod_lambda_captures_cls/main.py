# shape: a module-level class's @classmethod hands `lambda v: f"{v}{cls.UNIT}"` to a Pool wrapper -- the lambda captures cls
from pkg.par import pmap


class Report:
    UNIT = "ms"

    @classmethod
    def render_all(cls, values):
        return pmap(lambda v: f"{v}{cls.UNIT}", values)


if __name__ == "__main__":
    print(Report.render_all([1, 2]))
