# fast_map computes the backend from its mode parameter with a conditional expression and calls the chain wrapper pmap -> process
from pkg.par import fast_map, io_map

if __name__ == "__main__":
    def square(x):
        return x * x

    print(io_map(lambda x: x + 1, [1, 2, 3]))
    print(fast_map(square, [1, 2, 3]))
