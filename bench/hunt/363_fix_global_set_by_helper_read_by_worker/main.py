# fix: `configure()` rebinds the module global MODE through `global` before `main` hands
# the nested worker, which reads MODE, to a helper of another module that starts it at
# once. Forked, the child sees "strict"; a lift that passes MODE's value at the
# hand-over gives the spawned child "strict" too (a lift that leaves MODE a global read
# would show "lax"). Written as refuse first; picklefix's fix passes the value and keeps
# the output.
import multiprocessing as mp

from jobs import start

MODE = "lax"


def configure(mode):
    global MODE
    MODE = mode


def main():
    configure("strict")
    suffix = "!"
    q = mp.Queue()

    def work(out, word):
        out.put(f"{MODE}:{word}{suffix}")

    p = start(work, q, "go")
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
