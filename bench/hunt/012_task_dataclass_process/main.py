from tasks import Task, run_tasks


def main():
    k = 4
    tasks = [
        Task("add", lambda a, b: a + b + k, (1, 2)),
        Task("neg", lambda a: -a * k, (5,)),
    ]
    print(sorted(run_tasks(tasks).items()))


if __name__ == "__main__":
    main()
