# SHAPE: main.py already defines a module-level _main_task (used elsewhere); lambda in main() handed to Process wrapper pkg.procs.run_in_child
# OBSERVED: OK - correct
from pkg.procs import run_in_child


def _main_task(x):
    return "existing" + str(x)


def main():
    k = 3
    print(run_in_child(lambda q, x: q.put(x * k), 5))
    print(_main_task(1))


if __name__ == "__main__":
    main()
