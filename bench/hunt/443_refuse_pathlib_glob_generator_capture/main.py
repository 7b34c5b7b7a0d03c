# refuse: WRONGFIX: `files = (root / "in").glob("*.txt")` is a generator, with `root =
# pathlib.Path(tmp).resolve()`. picklefix refuses a generator capture when `root` is
# `pathlib.Path(tmp)`, but after `.resolve()` it no longer knows the type and lifts: TypeError:
# cannot pickle 'generator' object at `p.start()`.
import multiprocessing as mp
import pathlib
import tempfile


def main():
    q = mp.Queue()
    with tempfile.TemporaryDirectory() as tmp:
        root = pathlib.Path(tmp).resolve()
        (root / "in").mkdir()
        for name in ("b.txt", "a.txt", "c.log"):
            (root / "in" / name).write_text(name)
        files = (root / "in").glob("*.txt")

        def work(out):
            out.put(sorted(f.name for f in files))

        p = mp.Process(target=work, args=(q,))
        p.start()
        print(q.get(timeout=10))
        p.join()


if __name__ == "__main__":
    main()
