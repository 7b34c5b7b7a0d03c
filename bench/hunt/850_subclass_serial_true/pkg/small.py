from pkg.base import Runner


class Inline(Runner):
    workers = 1
    serial = True
