# shape: Task dataclass with fn field built in main, runner module submits task.fn to a ProcessPoolExecutor -- lambdas stored in dataclass fields
from jobs.model import Task
from jobs.runner import run_tasks


def main():
    shift = 5
    tasks = [
        Task("double", lambda x: x * 2, (4,)),
        Task("shift", lambda x: x + shift, (4,)),
    ]
    print(run_tasks(tasks))


if __name__ == "__main__":
    main()
