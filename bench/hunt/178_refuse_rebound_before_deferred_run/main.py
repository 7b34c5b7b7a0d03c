# REFUSE: `limit` is assigned again after the job is scheduled and before
# run_pending() starts it. Under fork the child reads the closure cell when it runs
# and sees 50; a lift binds `limit` at the schedule() call (extra args or a partial),
# so the spawned child would see 10 and print [5].
import multiprocessing

from later.deferred import Deferred


def main():
    out = multiprocessing.Queue()
    jobs = Deferred()
    limit = 10

    def check(values, q):
        q.put([v for v in values if v <= limit])

    jobs.schedule(check, [5, 20, 40, 80], out)
    limit = 50  # the real limit is only known once the config is loaded
    count = jobs.run_pending()
    print(count, out.get(timeout=10))


if __name__ == "__main__":
    main()
