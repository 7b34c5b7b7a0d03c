# WRONGFIX: `out = sys.stdout; out.reconfigure(encoding="ascii", errors="backslashreplace")`.
# `sys.stdout.reconfigure(...)` and `from sys import stdout; stdout.reconfigure(...)` are refused,
# the alias is not: fork prints `Z\xfcrich:1`, the fixed program `Zürich:1`.
import multiprocessing as mp
import sys


def main():
    out = sys.stdout
    out.reconfigure(errors="backslashreplace", encoding="ascii")
    city = "Z\u00fcrich"

    def work(n):
        print(f"{city}:{n}", flush=True)

    p = mp.Process(target=work, args=(1,))
    p.start()
    p.join()


if __name__ == "__main__":
    main()
