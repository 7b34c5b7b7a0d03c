# refuse: `seen` is the module-level list SEEN under another name. Forked, the child appends to
# SEEN itself and reports 3 entries; lifted, `seen` is a pickled copy, so the append leaves the
# child's SEEN (re-imported: ["boot"]) alone and it reports 1.
import multiprocessing as mp

SEEN = ["boot"]


def main():
    q = mp.Queue()
    SEEN.append("main")
    seen = SEEN

    def work(out, item):
        seen.append(item)
        out.put(len(SEEN))

    p = mp.Process(target=work, args=(q, "job"))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
