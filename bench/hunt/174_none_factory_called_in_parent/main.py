from work.batch import run_tasks


def main():
    base = 10
    seen = []

    def record(task, result):
        seen.append(f"{task[0]}:{result}")

    results = run_tasks(
        lambda i: ("add" if i % 2 else "mul", base, i), 4, on_result=record
    )
    print(results)
    print(sorted(seen))


if __name__ == "__main__":
    main()
