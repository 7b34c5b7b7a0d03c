# shape: prepare_and_run(make_arg, xs) calls make_arg in the parent, then Pool.map of a module-level worker on the prepared values -- negative
from pkg.par import prepare_and_run

if __name__ == "__main__":
    base = 10
    print(prepare_and_run(lambda x: x + base, [1, 2]))
