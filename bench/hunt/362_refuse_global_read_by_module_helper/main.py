# refuse: `configure()` rebinds the module global MODE before `main` hands the nested
# worker to a helper of another module; the worker does not read MODE itself but calls
# the module-level `render`, which does. Forked, the child sees "strict"; after a lift
# the spawned child imports the module afresh and `render` reads "lax". Passing values
# cannot help: the read is in another function.
import multiprocessing as mp

from jobs import start

MODE = "lax"


def configure(mode):
    global MODE
    MODE = mode


def render(word):
    return f"{MODE}:{word}"


def main():
    configure("strict")
    suffix = "!"
    q = mp.Queue()

    def work(out, word):
        out.put(render(word) + suffix)

    p = start(work, q, "go")
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
