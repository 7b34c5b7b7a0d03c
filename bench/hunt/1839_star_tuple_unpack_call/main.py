# shape: the callable reaches the wrapper through a star-unpacked local tuple: call = (guard_def, items); pmap(*call)
from pkg.par import pmap

if __name__ == "__main__":
    unit = "mm"

    def fmt(x):
        return f"{x}{unit}"

    call = (fmt, [1, 2, 3])
    print(pmap(*call))
