from conc import worker
from conc.executors import process_executor


def main():
    prefix = "job"
    with process_executor(initializer=lambda: worker.set_prefix(prefix)) as ex:
        print(list(ex.map(worker.label, range(4))))


if __name__ == "__main__":
    main()
