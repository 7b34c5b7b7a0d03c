# Python 3.14: tasks and the initializer cross into worker interpreters by pickle, except a
# stateless function (no closure, no defaults, only builtins), which crosses as code.
import concurrent.futures.interpreter
import functools
from concurrent.futures import InterpreterPoolExecutor


def double(x):
    return x * 2


def main(factor):
    offset = 1

    def scaled(x):
        return x * factor + offset

    def pure(x):
        return abs(x) * 2

    def count(x):
        global calls
        calls = x

    with InterpreterPoolExecutor(
        2,
        initializer=lambda: double(0),  # PKL002
    ) as ex:
        print(list(ex.map(scaled, [1, 2])))  # PKL003
        print(list(ex.map(double, [1, 2])))
        print(ex.submit(lambda x: x + factor, 1).result())  # PKL002
        print(list(ex.map(lambda x: x * 2, [1, 2])))
        print(list(ex.map(pure, [1, 2])))
        print(list(ex.map(count, [1, 2])))  # PKL003
        print(list(ex.map(functools.partial(pure), [1, 2])))  # PKL003
    with InterpreterPoolExecutor(initializer=lambda: print("ready")) as ex:
        print(ex.submit(lambda x, y=2: x * y, 3).result())  # PKL002
    pool = concurrent.futures.interpreter.InterpreterPoolExecutor()
    print(pool.submit(lambda: [i for i in range(3)]).result())  # PKL002
    pool.shutdown()


async def offload(loop, ex: InterpreterPoolExecutor, factor):
    print(await loop.run_in_executor(ex, lambda: 2))
    print(await loop.run_in_executor(ex, lambda: factor))  # PKL002


if __name__ == "__main__":

    def tagged(x):
        return double(x)

    def plain(x):
        return x + 1

    main(3)
    with InterpreterPoolExecutor() as ex:
        print(list(ex.map(tagged, [1, 2])))  # PKL001
        print(list(ex.map(plain, [1, 2])))
