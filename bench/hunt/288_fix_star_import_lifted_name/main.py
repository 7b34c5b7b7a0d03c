# fix: pkg/jobs.py has a nested `work` handed to a Process; main.py imports `work` from
# tasks.py and then everything from pkg.jobs with a star import. Lifted as a public `work` in
# pkg/jobs.py, it would replace tasks.work in main.py.
from tasks import work
from pkg.jobs import *  # noqa: F403


if __name__ == "__main__":
    print(work(2), launch_and_wait(5))  # noqa: F405
