# shape: the callables handed to the Pool wrapper are bound methods of builtins ("{:>4}|".format, "-".join) and a module-level function -- picklable, nothing to report
from pkg.par import pmap


def tag(x):
    return f"<{x}>"


if __name__ == "__main__":
    print(pmap("{:>4}|".format, [1, 22]))
    print(pmap("-".join, ["ab", "cd"]))
    print(pmap(tag, [1]))
