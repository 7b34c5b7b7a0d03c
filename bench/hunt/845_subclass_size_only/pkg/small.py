from pkg.base import Runner


class Small(Runner):
    workers = 3
