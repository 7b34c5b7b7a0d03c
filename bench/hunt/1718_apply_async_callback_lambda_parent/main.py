# shape: submit(fn, x, on_result) -> pool.apply_async(fn, (x,), callback=on_result); on_result lambda runs in parent, fn module-level -- negative
from pkg.par import run_with_callback

out = []


def square(x):
    return x * x


if __name__ == "__main__":
    run_with_callback(square, [1, 2, 3], lambda r: out.append(r))
    print(sorted(out))
