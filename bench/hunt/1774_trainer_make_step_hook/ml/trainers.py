from .base import BaseTrainer


class ScaleTrainer(BaseTrainer):
    def __init__(self, factor):
        self.factor = factor

    def step_fn(self):
        factor = self.factor

        def step(shard):
            return shard * factor

        return step
