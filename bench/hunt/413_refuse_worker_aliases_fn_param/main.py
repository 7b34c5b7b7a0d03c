# Tests: pmap hands fn to module-level worker _call via Process(target=_call, args=(fn, ...)); _call does
# `call = fn; call(item, i)` (2 positional, so b is filled). Should be refused (or lifted without b by keyword).
# Observed: MISS - no finding at all; spawn crashes pickling the lambda in Process args. Even with no default
# and call(item), an aliased fn in the worker gives no finding.
from pkg.par import pmap


def main():
    base = 100
    print(pmap(lambda x, b=base: (x, b), [10, 20]))


if __name__ == "__main__":
    main()
