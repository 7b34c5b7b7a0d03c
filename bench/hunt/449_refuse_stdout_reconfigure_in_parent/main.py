# refuse: WRONGFIX: `main` calls `sys.stdout.reconfigure(encoding="ascii",
# errors="backslashreplace")`; the forked child prints through that stream (`Z\xfcrich:1`), the
# lifted spawned child gets a fresh UTF-8 stdout (`Zürich:1`). picklefix refuses
# `redirect_stdout` (287) and `logging.disable`, but not `reconfigure`.
import multiprocessing as mp
import sys


def main():
    sys.stdout.reconfigure(errors="backslashreplace", encoding="ascii")
    city = "Zürich"

    def work(n):
        print(f"{city}:{n}", flush=True)

    p = mp.Process(target=work, args=(1,))
    p.start()
    p.join()
    print("done")


if __name__ == "__main__":
    main()
