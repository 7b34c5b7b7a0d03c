import multiprocessing as mp

from commands import COMMANDS


def main():
    q = mp.Queue()
    for cmd in ("start", "stop"):
        handler = COMMANDS.get(cmd)
        p = mp.Process(target=handler, args=(q, "svc"))
        p.start()
        print(q.get())
        p.join()


if __name__ == "__main__":
    main()
