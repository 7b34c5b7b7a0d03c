# main runs pmap inside a unittest mock patch object context that turns par's USE_THREADS flag off -> process
from unittest import mock

from pkg import par

if __name__ == "__main__":
    def square(x):
        return x * x

    with mock.patch.object(par, "USE_THREADS", False):
        print(par.pmap(square, [1, 2, 3]))
