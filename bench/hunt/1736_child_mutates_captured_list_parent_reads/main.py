# shape: nested fn appends to a captured list in the child (Process via wrapper); parent later reads the list (still empty under fork) -- a lift keeps that
from pkg.bg import run_in_process


def main():
    seen = []

    def work():
        seen.append(1)
        print("child", len(seen), flush=True)

    run_in_process(work)
    print("parent", seen)


if __name__ == "__main__":
    main()
