class_note = "no multiprocessing here"

from pkg.base import Runner


class Tuned(Runner):
    workers = 4


class Tiny(Tuned):
    workers = 1
