# refuse: main() sets Settings.scale (a class of another module) before the nested
# worker, which reads it, is handed over; a forked child sees 5, a spawned one re-
# imports the class and sees 1, so a lift would change the output.
import multiprocessing as mp

from jobs.run import run
from jobs.settings import Settings


def main():
    q = mp.Queue()
    Settings.scale = 5
    base = 2

    def work(out):
        out.put(base * Settings.scale)

    run(work, q)
    print(q.get(timeout=10))


if __name__ == "__main__":
    main()
