# shape: import pkg.runner as rmod; import pkg.jobs as jobs; jobs.scaled(rmod.ProcRunner(), 3)
import pkg.jobs as jobs
import pkg.runner as rmod


if __name__ == "__main__":
    print(jobs.scaled(rmod.ProcRunner(), 3))
