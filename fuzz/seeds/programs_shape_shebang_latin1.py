#!/usr/bin/env python3
# -*- coding: latin-1 -*-
"""Greet in worker processes; this file is latin-1: café."""

from multiprocessing import Process


def main():
    greeting = "Olá"

    def greet(name):
        print(f"{greeting}, {name}!", flush=True)

    process = Process(target=greet, args=("José",))  # PKL003
    process.start()
    process.join()


if __name__ == "__main__":
    main()
