from pkg.runner import Runner


class Jobs:
    xs = [1, 2, 3]

    def scaled(self, runner: Runner, k):
        return runner.map(lambda x, q: q.put(x * k), self.xs)
