# SHAPE: method Report.render_parallel (pkg/report.py) hands `lambda row, out: out.put(self.fmt(row))` to pkg.procs.spawn_worker per row; self is picklable
# OBSERVED: REFUSED - fix offered only as [unsafe] (captured self), --fix writes nothing; by documented design
from pkg.report import Report


def main():
    print(Report("> ").render_parallel(["b", "a", "c"]))


if __name__ == "__main__":
    main()
