# shape: BaseTrainer.fit maps self.step_fn() over shards with a Pool; subclass in main's package returns a nested closure from step_fn -- callable comes back from a hook
from ml.trainers import ScaleTrainer

if __name__ == "__main__":
    print(ScaleTrainer(10).fit([1, 2, 3]))
