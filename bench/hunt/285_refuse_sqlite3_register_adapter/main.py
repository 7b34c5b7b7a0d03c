# refuse: the parent registers an sqlite3 adapter for Money. Forked, the child can insert a
# Money and reads back "12.50 EUR"; a spawned child has no adapter and reports the error.
import multiprocessing as mp
import sqlite3


class Money:
    def __init__(self, cents, currency):
        self.cents, self.currency = cents, currency


def adapt_money(m):
    return f"{m.cents / 100:.2f} {m.currency}"


def main():
    q = mp.Queue()
    sqlite3.register_adapter(Money, adapt_money)
    price = Money(1250, "EUR")

    def work(out):
        db = sqlite3.connect(":memory:")
        try:
            db.execute("create table t (v)")
            db.execute("insert into t values (?)", (price,))
            out.put(db.execute("select v from t").fetchone()[0])
        except sqlite3.Error as exc:
            out.put(f"error: {type(exc).__name__}")
        finally:
            db.close()

    p = mp.Process(target=work, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()


if __name__ == "__main__":
    main()
