# SHAPE: run_task(task, *a, **kw) -> submit(fn, *args, **kwargs) -> ProcessPoolExecutor.submit, across two modules
# OBSERVED: OK - correct
from pkg.tasks import run_task

if __name__ == "__main__":
    greeting = "hello"

    def greet(name, punct="."):
        return greeting + " " + name + punct

    print(run_task(greet, "bob", punct="!"))
