# shape: skimage-style apply_parallel(function, array, chunks, extra_arguments, extra_keywords) builds a nested wrapped_func(arr) closing over function/args and Pool.maps it -- the nested function is in the library; the caller passes a module-level function
from pkg.apply import apply_parallel


def smooth(chunk, k, clip=None):
    out = [v * k for v in chunk]
    return [min(v, clip) for v in out] if clip else out


if __name__ == "__main__":
    print(apply_parallel(smooth, [1, 2, 3, 4, 5], chunks=2, extra_arguments=(3,), extra_keywords={"clip": 10}))
