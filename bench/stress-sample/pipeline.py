#!/usr/bin/env python3
# -*- coding: utf-8 -*-
# Copyright (c) Example Authors.
"""A tiny data pipeline with callbacks."""
import os
import sys

try:
    import json
except ImportError:  # pragma: no cover
    json = None

STAGES = []


def stage(name):
    def register(func):
        STAGES.append((name, func))
        return func

    return register


def run(paths, verbose=False):
    seen = set()

    def visit(path):
        if path in seen:
            return False
        seen.add(path)
        if verbose:
            print("visiting", path, file=sys.stderr)
        return True

    def load(path):
        from pathlib import Path

        return Path(path).read_text() if os.path.exists(path) else ""

    results = []
    for path in paths:
        if visit(path):
            results.append(load(path))
    on_done = lambda: print(len(results), "files", file=sys.stderr)
    on_done()
    return results


def make_handlers(names):
    handlers = {}
    for name in names:
        handlers[name] = lambda payload, name=name: (name, payload)
    return handlers


def scale_all(values, factor):
    return [v * factor for v in map(lambda v: v + 1, values)]


def describe(config):
    keys = sorted(config, key=lambda k: (len(k), k))
    fmt = "{}={}".format
    return ", ".join(fmt(k, config[k]) for k in keys)


if __name__ == "__main__":
    def main(argv):
        return run(argv[1:], verbose=True)

    main(sys.argv)
