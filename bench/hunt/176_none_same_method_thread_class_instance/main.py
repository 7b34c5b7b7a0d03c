from pools.cpu_pool import CPUPool
from pools.io_pool import IOPool


def cube(x):
    return x**3


def main():
    cpu = CPUPool()
    io = IOPool()
    root = "/srv"
    try:
        cubes = [f.result() for f in cpu.submit_all(cube, [1, 2, 3])]

        def locate(name):
            return f"{root}/{name}"

        paths = [f.result() for f in io.submit_all(locate, ["a", "b"])]
        sizes = [f.result() for f in io.submit_all(lambda p: len(p), paths)]
    finally:
        cpu.close()
        io.close()
    print(cubes, paths, sizes)


if __name__ == "__main__":
    main()
