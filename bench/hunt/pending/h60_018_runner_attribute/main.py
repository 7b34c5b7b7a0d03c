from pkg.process import ProcessRunner


class Job:
    def __init__(self, offset):
        self.offset = offset
        self.runner = ProcessRunner()

    def execute(self, items):
        offset = self.offset

        def shift(x):
            return x + offset

        return self.runner.run(shift, items)


if __name__ == "__main__":
    print(Job(5).execute([1, 2, 3]))
