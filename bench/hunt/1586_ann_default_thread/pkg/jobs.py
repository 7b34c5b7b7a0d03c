from pkg.runner import Runner

xs = [1, 2, 3]


def scaled(k, runner: Runner = None):
    runner = runner or Runner()
    return runner.map(lambda x, q: q.put(x * k), xs)
