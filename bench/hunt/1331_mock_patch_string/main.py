# main function decorated with unittest mock patch on the dotted string of par's USE_THREADS flag, set False -> process
from unittest import mock

from pkg import par

if __name__ == "__main__":
    def square(x):
        return x * x

    @mock.patch("pkg.par.USE_THREADS", False)
    def run():
        return par.pmap(square, [1, 2, 3])

    print(run())
