# shape: a click-like Group.command(...) decorator (functools.wraps, argparse) at module level; the decorated command body hands a lambda to a Pool wrapper; the guard calls cli.main([...])
from pkg.cli import cli
from pkg.par import pmap


@cli.command("--jobs", "--scale")
def resize(jobs, scale):
    sizes = [10, 20, 30]
    out = pmap(lambda s: s * scale, sizes, processes=jobs)
    print("resized", out)


if __name__ == "__main__":
    cli.main(["resize", "--jobs", "2", "--scale", "3"])
