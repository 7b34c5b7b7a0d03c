import argparse


def parse(argv):
    opts = argparse.Namespace(use_processes=False)
    if "--procs" in argv:
        opts.use_processes = True
    return opts
