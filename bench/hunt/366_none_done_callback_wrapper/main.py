# none: the nested `done` (reading `scale`, writing `totals`) is a future's done
# callback, added by a helper of another module; callbacks run in the parent and are
# never pickled.
from jobs import tasks
from jobs.fut import run_with_callback


def main():
    totals = {}
    scale = 10

    def done(fut):
        x, y = fut.result()
        totals[x] = y * scale

    run_with_callback(tasks.double, [1, 2, 3], done)
    print(sorted(totals.items()))


if __name__ == "__main__":
    main()
