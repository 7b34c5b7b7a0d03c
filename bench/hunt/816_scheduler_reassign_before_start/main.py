# SHAPE: pkg.sched.Scheduler.schedule(fn, *args) creates (unstarted) Processes, run_all() starts them later; captured `msg` is reassigned after schedule and before run_all, so under fork the child sees "final" (a lift binding msg at schedule time prints "draft" -> must refuse)
# OBSERVED: OK - correct
import multiprocessing as mp

from pkg.sched import Scheduler


def main():
    q = mp.Queue()
    s = Scheduler()
    msg = "draft"
    s.schedule(lambda: q.put(msg))
    msg = "final"
    s.run_all()
    print(q.get())
    s.join_all()


if __name__ == "__main__":
    main()
