import multiprocessing

from detach import run_detached, wait_all


def main():
    sep = "-"
    out = multiprocessing.Queue()
    for parts in (("a", "b"), ("x", "y", "z")):
        run_detached(lambda *p: sep.join(p), *parts, out=out)
    print(sorted(out.get(timeout=10) for _ in range(2)))
    wait_all()


if __name__ == "__main__":
    main()
