# Tests: signal.pthread_sigmask(SIG_BLOCK, [SIGUSR1]) after a process was already started; the lambda worker
# reports whether SIGUSR1 is blocked. Forkserver children inherit the mask of the server made at the first start.
# Observed: WRONGFIX - lambda lifted; forkserver prints False where fork prints True.
import multiprocessing as mp
import signal


def show(q):
    q.put(signal.SIGUSR1 in signal.pthread_sigmask(signal.SIG_BLOCK, []))


def main():
    q = mp.Queue()
    p = mp.Process(target=show, args=(q,))
    p.start()
    print("warm", q.get(timeout=10))
    p.join()
    signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
    p = mp.Process(target=lambda: q.put(signal.SIGUSR1 in signal.pthread_sigmask(signal.SIG_BLOCK, [])))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
