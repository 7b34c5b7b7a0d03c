from multiprocessing import Pool, Process

TOTAL = 100


def shout(fn):
    return fn


def work(x, k=0):
    return x + k


def show(n):
    print("show", n)


@shout
def decorated(x):
    return x * 2


def twice(x):
    return x * 2


def twice(x):  # noqa: F811
    return x * 3


class Box:
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x


def main():
    k = 1
    box = Box(7)

    def helper(x):
        return x - 1

    with Pool(1) as pool:
        print(pool.map(lambda x: work(x, k), [1]))  # PKL002
        print(pool.map(lambda x: work(k, x), [1]))  # PKL002
        print(pool.map(lambda x: work(x, TOTAL), [1]))  # PKL002
        print(pool.map(lambda x: helper(x), [1]))  # PKL002
        print(pool.map(lambda x: decorated(x), [1]))  # PKL002
        print(pool.map(lambda x: twice(x), [1]))  # PKL002
        print(pool.map(lambda x, k=k: work(x, k), [1]))  # PKL002
        print(pool.map(lambda _: work(5), [1]))  # PKL002
        print(pool.map(lambda x: work(x, k=x), [1]))  # PKL002
        print(pool.map(lambda o: dir(o)[:1], [1]))  # PKL002
        print(pool.map(lambda x: box.get(), [1]))  # PKL002
    with Pool(1, initializer=lambda: work(k, k=2)) as pool:  # PKL002
        print(pool.map(work, [1]))
    p = Process(target=lambda n: show(n), kwargs={"n": 2})  # PKL002
    p.start()
    p.join()


if __name__ == "__main__":
    main()
    p = Process(target=lambda: later(4))  # PKL002

    def later(x):
        print("later", x)

    p.start()
    p.join()
