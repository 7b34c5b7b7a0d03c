# refuse: WRONGFIX: the worker parses its own argv with a captured `argparse.ArgumentParser`,
# whose registries hold a local function (`ArgumentParser.__init__.<locals>.identity`), so it
# cannot be pickled. picklefix passes `parser` and the fixed program fails at `p.start()`.
import argparse
import multiprocessing as mp


def main():
    parser = argparse.ArgumentParser(prog="job")
    parser.add_argument("--n", type=int, default=1)
    q = mp.Queue()

    def work(out, argv):
        out.put(parser.parse_args(argv).n * 10)

    p = mp.Process(target=work, args=(q, ["--n", "4"]))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
