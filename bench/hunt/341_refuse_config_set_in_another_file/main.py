# refuse: main.py sets `config.VALUE` before `jobs.run` hands its nested worker over, and the
# worker reads it. Forked, the child sees 5; lifted, a spawned child imports `pkg.config`
# again and reads 1. The write is in another file than the lift.
from pkg import config, jobs

if __name__ == "__main__":
    config.VALUE = 5
    print(jobs.run("child"))
