from pkg.runner import Runner

xs = [1, 2, 3]


def scaled(k, runner: Runner = None):
    if runner is None:
        runner = Runner()
    return runner.map(lambda x, q: q.put(x * k), xs)
