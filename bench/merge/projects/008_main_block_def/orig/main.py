#!/usr/bin/env python3
"""Ping a list of hosts, one process per host (simulated)."""

import multiprocessing
import sys

HOSTS = ["db1", "db2", "cache"]

if __name__ == "__main__":
    timeout_seconds = 3

    def ping(host):
        # Simulated: pretend every host answers.
        print(f"{host}: alive (timeout={timeout_seconds}s)", flush=True)

    for host in HOSTS:
        p = multiprocessing.Process(target=ping, args=(host,))
        p.start()
        p.join()
    sys.exit(0)
