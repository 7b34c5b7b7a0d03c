from pkg.runner import Runner

xs = [1, 2, 3]


def scaled(runner: Runner, k):
    return runner.map(lambda x, q: q.put(x * k), xs)

