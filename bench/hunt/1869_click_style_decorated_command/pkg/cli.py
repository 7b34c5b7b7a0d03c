import argparse
import functools


class Group:
    def __init__(self):
        self.commands = {}

    def command(self, *opts):
        def deco(fn):
            parser = argparse.ArgumentParser(prog=fn.__name__)
            for o in opts:
                parser.add_argument(o, type=int, default=1)

            @functools.wraps(fn)
            def run(argv):
                return fn(**vars(parser.parse_args(argv)))

            self.commands[fn.__name__] = run
            return run

        return deco

    def main(self, argv):
        name, *rest = argv
        return self.commands[name](rest)


cli = Group()
