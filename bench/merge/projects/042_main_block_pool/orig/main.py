#!/usr/bin/env python3
"""Script whose worker is defined under the main guard."""

import json
from multiprocessing import Pool


def load(text):
    return json.loads(text)


if __name__ == '__main__':

    def keys_of(text):
        return sorted(load(text))

    with Pool(2) as pool:
        print(pool.map(keys_of, ['{"b": 1, "a": 2}', '{"z": 0}']))
