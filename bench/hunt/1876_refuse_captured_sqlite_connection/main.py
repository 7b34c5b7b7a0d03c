# refuse: the nested worker reads through a sqlite3 connection of the parent (an in-memory database); a Connection cannot be pickled, so a lift passing it turns "rows 2" into a crash under spawn
import sqlite3

from pkg.bg import run_in_background


def main():
    conn = sqlite3.connect(":memory:")
    conn.execute("create table t(x)")
    conn.executemany("insert into t values (?)", [(1,), (2,)])
    conn.commit()

    def count_rows(label):
        print(label, conn.execute("select count(*) from t").fetchone()[0], flush=True)

    print("exit", run_in_background(count_rows, "rows"))


if __name__ == "__main__":
    main()
