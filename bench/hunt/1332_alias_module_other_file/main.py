# pkg boot module imports pkg par under another alias and turns its USE_THREADS flag off; main imports pkg boot -> process

import pkg.boot  # noqa: F401
from pkg import par

if __name__ == "__main__":
    def square(x):
        return x * x

    print(par.pmap(square, [1, 2, 3]))
