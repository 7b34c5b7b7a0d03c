import os
import signal
from multiprocessing import Pool


def _ignore_interrupts_in_every_worker_process(signum, frame):
    pass


def pid_is_positive(_):
    return os.getpid() > 0


def main():
    with Pool(
        2,
        initializer=lambda: signal.signal(  # PKL002
            signal.SIGINT, _ignore_interrupts_in_every_worker_process
        ),
    ) as pool:
        print(pool.map(pid_is_positive, [1, 2]))


if __name__ == "__main__":
    main()
