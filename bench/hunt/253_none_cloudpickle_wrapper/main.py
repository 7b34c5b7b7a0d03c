# none: `pmap` pickles its callable by value with cloudpickle before the pool sees it, so
# lambdas and nested functions work under every start method.
from cp import pmap


def main():
    k = 7

    def add(x):
        return x + k

    print(pmap(lambda x: x * k, [1, 2]))
    print(pmap(add, [1, 2]))


if __name__ == "__main__":
    main()
