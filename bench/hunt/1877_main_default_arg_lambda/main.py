# shape: main(transform=lambda x: x * 2) -- a lambda as a module-level function's default argument, handed to a Pool wrapper (pickled as __main__.<lambda>, fails under every start method)
from pkg.par import pmap


def main(transform=lambda x: x * 2):
    print(pmap(transform, [1, 2, 3]))


if __name__ == "__main__":
    main()
