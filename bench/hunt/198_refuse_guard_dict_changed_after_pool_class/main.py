# refuse: Workers(2) forks its pool before the guard dict `rates` is changed; forked
# workers still see the old rates, while a lift passing `rates` at map time sends the
# new.
from jobs.workers import Workers

if __name__ == "__main__":
    rates = {"eur": 1, "usd": 2}

    def convert(code):
        return code, rates[code] * 100

    workers = Workers(2)
    rates["usd"] = 3
    print(sorted(workers.map(convert, ["eur", "usd"])), rates["usd"])
