# fix: `main` sets the module global MODE through `global` before the hand-over; forked, the
# child sees "fast". The lift must pass MODE's value, since a spawned child re-imports "safe".
import multiprocessing as mp

MODE = "safe"


def configure():
    global MODE
    MODE = "fast"


def main():
    q = mp.Queue()
    configure()

    def work(out, n):
        out.put(f"{MODE}:{n}")

    procs = [mp.Process(target=work, args=(q, i)) for i in range(2)]
    for p in procs:
        p.start()
    print(sorted(q.get(timeout=10) for _ in procs))
    for p in procs:
        p.join()


if __name__ == "__main__":
    main()
