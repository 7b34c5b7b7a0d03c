# Shape: registry loop: `for name in names: jobs.add(lambda: q.put(name))`, jobs started later (late binding: all see last name under fork).
import multiprocessing as mp
from lib.jobs import JobSet

if __name__ == "__main__":
    q = mp.Queue()
    jobs = JobSet()
    for name in ["a", "b", "c"]:
        jobs.add(lambda: q.put(name))
    jobs.run()
    print(sorted(q.get() for _ in range(3)))
