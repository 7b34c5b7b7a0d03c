from batch.base import Batch


class SmallBatch(Batch):
    workers = 1


if __name__ == "__main__":
    penalty = 3

    def score(points):
        return points - penalty

    print(SmallBatch.run(score, [10, 4, 7]))
