from text import ops
from text.par import parmap

if __name__ == "__main__":
    print(parmap(ops.normalize, [" Foo", "BAR ", "baz"]))
