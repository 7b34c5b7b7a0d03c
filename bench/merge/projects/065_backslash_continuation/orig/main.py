"""Nested worker with a backslash continuation and an inline comment."""

import multiprocessing


def check(ports, host):
    low, high = 1024, 65535

    def valid(port):
        # fmt: off
        allowed = {
            "even":  lambda p: p % 2 == 0,
            "range": lambda p: low <= p <= high,
        }
        # fmt: on
        return all(rule(port) for rule in allowed.values())

    with multiprocessing.Pool(2) as pool:
        return [f"{host}:{p}" for p, ok in zip(ports, pool.map(valid, ports)) if ok]


if __name__ == "__main__":
    print(check([80, 2000, 3001, 70000], "localhost"))
