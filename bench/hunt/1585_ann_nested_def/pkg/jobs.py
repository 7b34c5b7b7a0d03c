from pkg.runner import Runner

xs = [1, 2, 3]


def scaled(runner: Runner, k):
    def work(x, q):
        q.put(x * k)

    return runner.map(work, xs)
