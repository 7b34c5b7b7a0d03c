# Shape: CLI script: worker defined first under the guard, argparse Namespace `args` assigned afterwards, then pmap.
import argparse
from lib.par import pmap

if __name__ == "__main__":
    def work(path):
        return f"{args.prefix}{path}x{args.scale}"
    parser = argparse.ArgumentParser()
    parser.add_argument("--prefix", default="data/")
    parser.add_argument("--scale", type=int, default=2)
    args = parser.parse_args([])
    print(pmap(work, ["a", "b"]))
