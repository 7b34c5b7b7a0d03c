# WRONGFIX: a captured instance of `Scorer(Base)` where `Base.__init__` keeps a lambda on self.
# Change 2 refuses the shape when the class itself has the `__init__`; an inherited one is not
# read: AttributeError "Can't pickle local object 'Base.__init__.<locals>.<lambda>'" under
# spawn/forkserver.
import multiprocessing as mp


class Base:
    def __init__(self, weight):
        self.key = lambda x: x * weight


class Scorer(Base):
    pass


if __name__ == "__main__":
    scorer = Scorer(4)

    def work(x):
        return scorer.key(x)

    with mp.Pool(2) as p:
        print(p.map(work, [1, 2]))
