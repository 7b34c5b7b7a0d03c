# shape: @contextmanager mapper(jobs) yields builtin map for one job or pool.imap of a Pool; main (argparse --jobs 2) calls m(guard_fn, names)
import argparse

from pkg.jobs import mapper

if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args(["--jobs", "2"])
    modulus = 97

    def checksum(name):
        return name, sum(map(ord, name)) % modulus

    with mapper(args.jobs) as m:
        for name, c in m(checksum, ["alpha", "beta", "gamma"]):
            print(name, c)
