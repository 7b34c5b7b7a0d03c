"""Executor whose initializer is a closure that also takes initargs."""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor

_CONFIG: dict[str, str] = {}


def read(key: str) -> str:
    return _CONFIG.get(key, "?")


def run(environment: str, region: str) -> list[str]:
    namespace = "svc"

    def setup(env: str) -> None:
        _CONFIG.update(env=env, region=region, ns=namespace, pid=str(os.getpid() > 0))

    with ProcessPoolExecutor(max_workers=1, initializer=setup, initargs=(environment,)) as ex:
        return list(ex.map(read, ["env", "region", "ns", "pid"]))


if __name__ == "__main__":
    print(run("prod", "eu-west-1"))
