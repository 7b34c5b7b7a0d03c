# shape: kr6k3n/snake make_stuff_go_faster.py -- fastmap(function, iterable) using p.imap(func=..., iterable=...); test function defined under __main__ guard
from pkg.fast import fastmap

if __name__ == "__main__":
    def double(x):
        return x * 2
    print(list(fastmap(double, range(5))))
