# shape: callables carried in dataclass Task objects; wrapper submits t.fn
# OBSERVED: MISS - --show-apis infers run_tasks takes "the field `fn` of each element of `tasks`" but neither Task(add, ...) nor Task(fn=add) site is reported
# NOTE: the same program in ONE file is reported (both sites), so the miss is the cross-file Task class; a task built first (`t = Task(add); run_tasks([t])`) is missed even in one file
from pkg.tasks import Task, run_tasks
if __name__ == "__main__":
    def add(a, b=0):
        return a + b
    print(run_tasks([Task(add, (1,), {"b": 2}), Task(fn=add, args=(5,))]))
