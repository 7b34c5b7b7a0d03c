# fix: parent sets an env var (inherited by spawn/forkserver children), worker reads os.getpid/os.environ.
import multiprocessing as mp
import os


def main():
    q = mp.Queue()
    os.environ["PF_MODE"] = "fast"
    label = "w"

    def work(out):
        out.put((label, os.environ.get("PF_MODE"), os.getpid() > 0))

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
