# refuse: main() registers an int implementation on a singledispatch function of another
# module; a forked child has the registration, a spawned one re-imports `fmt` without
# it.
import multiprocessing as mp

from fmt import render
from fmt.proc import run_target


def main():
    q = mp.Queue()
    render.register(int, lambda v: f"int:{v}")
    sep = ","

    def work(out, values):
        out.put(sep.join(render(v) for v in values))

    run_target(work, q, [1, "a", 2])
    print(q.get(timeout=10))


if __name__ == "__main__":
    main()
