# Runner class attribute use_processes stays False; an unrelated argparse Namespace in pkg cli has its own attribute of the same name set True; lambda to map -> thread
import sys

from pkg.cli import parse
from pkg.runner import Runner

if __name__ == "__main__":
    opts = parse(sys.argv[1:])
    print(opts.use_processes, Runner().map(lambda x: x * x, [1, 2, 3]))
