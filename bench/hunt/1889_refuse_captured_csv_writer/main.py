# refuse: the nested worker writes rows through a csv.writer(sys.stdout) made in main(); a _csv.writer cannot be pickled, so a lift turns the row into a crash under spawn
import csv
import sys

from pkg.bg import run_in_background


def main():
    out = csv.writer(sys.stdout, lineterminator="\n")

    def work(row):
        out.writerow(row)
        sys.stdout.flush()

    code = run_in_background(work, ["a", 1])
    print("exit", code)


if __name__ == "__main__":
    main()
