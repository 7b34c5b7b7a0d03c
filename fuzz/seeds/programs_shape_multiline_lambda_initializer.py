import multiprocessing
import signal


def square(x):
    return x * x


def main(workers_ignore_interrupts):
    with multiprocessing.Pool(
        processes=2,
        initializer=lambda: signal.signal(  # PKL002
            signal.SIGINT,
            signal.SIG_IGN if workers_ignore_interrupts else signal.SIG_DFL,
        ),
    ) as pool:
        print(pool.map(square, [1, 2, 3]))


if __name__ == "__main__":
    main(workers_ignore_interrupts=True)
