# shape: CLI with argparse --jobs (default 2) calls run(fn, items, jobs) which uses Pool when jobs > 1 and builtin map otherwise -- nested fn
import argparse

from cli.runner import run


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--base", type=int, default=4)
    args = ap.parse_args(argv)

    def process(x):
        return x + args.base

    print(run(process, [1, 2, 3], args.jobs))


if __name__ == "__main__":
    main()
