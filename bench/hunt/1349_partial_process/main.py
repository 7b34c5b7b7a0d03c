# module-level functools partial binds backend process over the chain wrapper -> process
from pkg.par import process_map, thread_map

if __name__ == "__main__":
    def square(x):
        return x * x

    print(thread_map(lambda x: x + 1, [1, 2, 3]))
    print(process_map(square, [1, 2, 3]))
