# fix: the parent ignores SIGINT before starting its worker. An ignored signal stays ignored
# across exec, so a spawned child inherits SIG_IGN as a forked one does (True): nothing here
# keeps the lift from being made.
import multiprocessing as mp
import signal


def main():
    q = mp.Queue()
    name = "worker"
    signal.signal(signal.SIGINT, signal.SIG_IGN)

    def work(out):
        out.put((name, signal.getsignal(signal.SIGINT) == signal.SIG_IGN))

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
