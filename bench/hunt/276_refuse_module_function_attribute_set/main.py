# refuse: the parent sets an attribute on the module-level `fmt_row` at run time, and the
# worker calls it. Forked, the child sees sep "|" ("1|2"); spawned, the re-imported function
# has no attribute and uses "," ("1,2").
import multiprocessing as mp


def fmt_row(values):
    return getattr(fmt_row, "sep", ",").join(map(str, values))


def main():
    q = mp.Queue()
    row = [1, 2]
    fmt_row.sep = "|"

    def work(out):
        out.put(fmt_row(row))

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
