#!/usr/bin/env python3
# -*- coding: utf-8 -*-
# Copyright 2023 The Authors. All rights reserved.
"""Tool that imports multiprocessing lazily."""

VERBOSE = False


def main(words, suffix):
    import multiprocessing as mp

    with mp.Pool(2) as pool:
        print(pool.map(lambda w: w + suffix, words))


if __name__ == "__main__":
    main(["x", "y"], "!")
