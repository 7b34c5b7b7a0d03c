# fix: a function nested two levels deep, capturing a name from each enclosing function,
# handed to a wrapper that passes it to its worker through Process(kwargs={...}).
from proc.worker import run_kw


def outer(scale):
    def inner(offset):
        def work(x):
            return x * scale + offset

        return run_kw(work, [1, 2, 3])

    return inner(1), inner(2)


if __name__ == "__main__":
    print(outer(10))
