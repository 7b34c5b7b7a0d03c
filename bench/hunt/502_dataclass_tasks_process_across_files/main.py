# shape: nested functions carried in dataclass Job objects; wrapper builds Process(target=j.target)
# OBSERVED: MISS - run_jobs inferred as taking "the field `target` of each element of `jobs`", but Job(work, 1)/Job(target=work) sites not reported
from pkg.tasks import Job, run_jobs
def main():
    k = 100
    def work(q, a):
        q.put(a + k)
    print(run_jobs([Job(work, 1), Job(target=work, arg=2)]))
if __name__ == "__main__":
    main()
