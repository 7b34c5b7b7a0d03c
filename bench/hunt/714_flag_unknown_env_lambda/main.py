# Shape: Runner(use_processes=<env var>) -- flag unknown at the call site (threads unless DEMO_USE_PROCESSES=1); lambda
import os

from lib import Runner


def main():
    m = 3
    use_processes = os.environ.get("DEMO_USE_PROCESSES") == "1"
    print(Runner(use_processes=use_processes).map(lambda x: x * m, [1, 2, 3]), flush=True)


if __name__ == "__main__":
    main()
