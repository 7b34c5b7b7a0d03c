# shape: pkg/cli/commands.py `from ..engine import submit`; command(fn) -> submit(fn, 1).result(); main calls pkg.cli.commands.command
from pkg.cli.commands import command

if __name__ == "__main__":
    mult = 8

    def calc(x):
        return x * mult

    print(command(calc))
